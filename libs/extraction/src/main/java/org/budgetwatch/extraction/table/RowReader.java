package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.classify.CodeParser;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.CodeLevel;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;

/**
 * Reads a table's body rows: each row's full code and printed name from its label columns, one cell per figure
 * column. A code printed in 类 / 款 / 项 columns is joined, and where a row prints only its own part (the 款 row
 * "06" under the 类 row "201") the parts above it are carried down: 201 | 06 | 01 is 2010601 whether 201 and 06
 * are printed on the row or on the rows before it.
 */
final class RowReader {

    private static final String TOTAL = "合计";
    /** A label column's heading: 科目编码, 功能科目名称, 部门(单位)代码. */
    private static final Pattern HEADING_WORDS = Pattern.compile("[\\p{IsHan}()（）]{0,10}(代码|编码|名称)");
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(.{0,8}(合计|总计)|小计)$");
    private static final Pattern PART = Pattern.compile("[0-9]{2,3}|[0-9]{5}|[0-9]{7}");
    private static final Pattern SEGMENT_HEADING = Pattern.compile("^(类|款|项)$");
    private static final Pattern NUMBER_OR_DASH = Pattern.compile("[-—–－0-9.,%]*");
    private static final Pattern DATE = Pattern.compile("(19|20)[0-9]{2}[./\\-年][0-9]{1,2}[./\\-月][0-9]{1,2}");
    private static final Pattern NUMBERS_IN_WORDS = Pattern.compile("[0-9][0-9.,]*\\D+[0-9]");

    private final boolean[] labelColumn;
    private final List<String> paths;
    private final List<TableColumn> columns;
    private final List<TableColumn> textColumns;
    private final AmountUnit unit;
    /** The 类, 款 and 项 columns, in that order (fewer when the table prints only 类 and 款), or empty. */
    private final List<Integer> segments;
    private String carriedClass;
    private String carriedSegment;
    /** A text column left of the figures that names the kind of each row (年度: 2025年, 2026年, 增减变化金额), or -1. */
    private final int rowKindColumn;
    private String carriedName;

    RowReader(boolean[] labelColumn, List<String> paths, List<TableColumn> columns, List<TableColumn> textColumns, AmountUnit unit,
              List<List<String>> body) {
        this.labelColumn = labelColumn;
        this.paths = paths;
        this.columns = columns;
        this.textColumns = textColumns;
        this.unit = unit;
        this.segments = segmentColumns(labelColumn, paths, body);
        this.rowKindColumn = rowKindColumn(labelColumn, columns, textColumns, body);
    }

    /**
     * A text column printed before every figure column whose few values repeat row after row, under a name printed
     * once for each group of rows (预算单位 | 年度 in a 三公 table comparing years): each row is named by both.
     */
    private static int rowKindColumn(boolean[] labelColumn, List<TableColumn> columns, List<TableColumn> textColumns, List<List<String>> body) {
        int firstFigure = columns.stream().mapToInt(TableColumn::index).min().orElse(Integer.MAX_VALUE);
        for (TableColumn column : textColumns) {
            if (column.index() > firstFigure) {
                continue;
            }
            java.util.Set<String> kinds = new java.util.HashSet<>();
            int filled = 0;
            int unnamed = 0;
            for (List<String> row : body) {
                String text = column.index() < row.size() ? Texts.withoutWhitespace(row.get(column.index())) : "";
                if (!text.isEmpty()) {
                    kinds.add(text);
                    filled++;
                    boolean named = false;
                    for (int c = 0; c < labelColumn.length && c < row.size(); c++) {
                        named |= labelColumn[c] && !row.get(c).isBlank();
                    }
                    unnamed += named ? 0 : 1;
                }
            }
            // the name printed once per group: most rows of the kind column print no name of their own (a property
            // such as 采购方式 sits on rows that each have their name)
            if (kinds.size() >= 2 && kinds.size() <= 4 && filled >= 2 * kinds.size() && unnamed * 2 >= filled) {
                return column.index();
            }
        }
        return -1;
    }

    Optional<TableRow> read(int index, int line, Integer page, List<String> cells) {
        String code = null;
        String name = null;
        String fallback = null;
        int nameRank = -1;
        CodeKind kind = CodeKind.NONE;
        CodeLevel level = CodeLevel.NONE;
        if (!segments.isEmpty()) {
            code = segmentedCode(cells);
            if (code != null) {
                kind = CodeParser.kindOf(code);
                level = CodeParser.levelOf(code, kind);
            }
        }
        for (int c = 0; c < cells.size() && c < labelColumn.length; c++) {
            String text = cells.get(c);
            if (!labelColumn[c] || text.isEmpty() || segments.contains(c) && PART.matcher(Texts.withoutWhitespace(text)).matches()) {
                continue; // a 类/款/项 part is read above; other text there (合计 across the code columns) is a label
            }
            Optional<CodeParser.ParsedCode> parsed = CodeParser.parse(text);
            if (parsed.isPresent()) {
                // a row may carry several codes (unit, function, economic): the most telling one is the row's code
                if (code == null || priority(parsed.get().kind()) < priority(kind)) {
                    code = parsed.get().code();
                    kind = parsed.get().kind();
                    level = parsed.get().level();
                    if (!parsed.get().name().isEmpty()) {
                        fallback = parsed.get().name(); // the name printed with the row's own code
                    }
                } else if (!parsed.get().name().isEmpty() && fallback == null) {
                    fallback = parsed.get().name();
                }
            } else if (isNameColumn(paths.get(c)) && (name == null || nameRank(paths.get(c)) > nameRank)) {
                name = text;
                nameRank = nameRank(paths.get(c));
            } else if (fallback == null && !isNumberOrDash(text)) {
                fallback = text; // a number or a dash in a label column (a unit's serial) names nothing
            }
        }
        String label = name != null ? name : fallback;
        if (rowKindColumn >= 0 && rowKindColumn < cells.size() && !cells.get(rowKindColumn).isBlank()) {
            carriedName = label != null ? label : carriedName;
            String kindOfRow = Texts.withoutWhitespace(cells.get(rowKindColumn));
            label = carriedName == null ? kindOfRow : carriedName + "/" + kindOfRow;
        }
        List<TableCell> values = new ArrayList<>();
        List<TableCell> texts = new ArrayList<>();
        boolean anyValue = false;
        for (TableColumn column : columns) {
            String text = column.index() < cells.size() ? cells.get(column.index()).strip() : "";
            PrintedAmount amount = AmountParser.parseCell(text, unit).orElse(null);
            anyValue |= !text.isEmpty();
            if (amount == null && isProse(text)) {
                texts.add(new TableCell(column.index(), text, null)); // a sentence in a figure column (a form's merged cell)
                values.add(new TableCell(column.index(), null, null));
            } else {
                values.add(new TableCell(column.index(), text.isEmpty() ? null : text, amount));
            }
        }
        for (TableColumn column : textColumns) {
            String text = column.index() < cells.size() ? cells.get(column.index()) : "";
            if (!text.isBlank()) {
                texts.add(new TableCell(column.index(), text, null));
                anyValue = true;
            }
        }
        if (label == null && code == null && !anyValue) {
            return Optional.empty();
        }
        String printedLabel = label == null ? "" : label;
        if (index == 0 && code == null && namesHeadingsOnly(cells) && values.stream().anyMatch(v -> v.amount() != null)) {
            printedLabel = TOTAL; // the label cells of the first row read as headings: OCR filled the total's blank name
        }
        boolean total = TOTAL_LABEL.matcher(Texts.withoutWhitespace(printedLabel)).matches();
        return Optional.of(new TableRow(index, printedLabel, code, kind, level, total, line, values, page, texts));
    }

    /**
     * Every filled label cell of the row is a column heading (支出功能科目代码 | 支出功能科目名称), none a name or a code:
     * on the first row under the header, that is the table's total row, whose label cells a careless OCR filled with
     * the words of the heading above them.
     */
    private boolean namesHeadingsOnly(List<String> cells) {
        boolean any = false;
        for (int c = 0; c < cells.size() && c < labelColumn.length; c++) {
            String text = Texts.withoutWhitespace(cells.get(c));
            if (!labelColumn[c] || text.isEmpty()) {
                continue;
            }
            if (!HEADING_WORDS.matcher(text).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The row's code from its 类/款/项 columns, parts not printed on it carried from the rows above. */
    private String segmentedCode(List<String> cells) {
        String[] parts = new String[3];
        for (int i = 0; i < segments.size(); i++) {
            int column = segments.get(i);
            String text = column < cells.size() ? Texts.withoutWhitespace(cells.get(column)) : "";
            parts[i] = PART.matcher(text).matches() ? text : null;
        }
        String classPart = parts[0];
        String segmentPart = parts[1];
        String itemPart = parts[2];
        if (classPart == null && segmentPart == null && itemPart == null) {
            return null;
        }
        // a part printed whole (2010601 in the 项 column) stands for itself
        for (String part : parts) {
            if (part != null && part.length() >= 5) {
                carriedClass = part.substring(0, 3);
                carriedSegment = part.substring(3, 5);
                return part;
            }
        }
        if (classPart != null) {
            carriedClass = classPart;
            carriedSegment = null;
        }
        if (segmentPart != null) {
            carriedSegment = segmentPart;
        }
        if (itemPart != null) {
            return carriedClass != null && carriedSegment != null ? carriedClass + carriedSegment + itemPart : null;
        }
        if (segmentPart != null) {
            return carriedClass != null ? carriedClass + segmentPart : null;
        }
        return classPart;
    }

    /**
     * The 类/款/项 columns: label columns headed 类, 款 and 项 (under 科目编码), or, without such headings, the first
     * label columns whose printed codes are three digits then two digits (the shape of class and segment parts).
     */
    private static List<Integer> segmentColumns(boolean[] labelColumn, List<String> paths, List<List<String>> body) {
        // the first run of adjacent 类, 款, 项 headings: a second run is another classification (政府预算 beside 部门预算
        // economic codes) or the table's other half, and its parts are not this code's
        List<Integer> headed = new ArrayList<>();
        for (int c = 0; c < paths.size(); c++) {
            String leaf = Texts.withoutWhitespace(paths.get(c).substring(paths.get(c).lastIndexOf('/') + 1));
            if (!labelColumn[c] || !SEGMENT_HEADING.matcher(leaf).matches()) {
                continue;
            }
            boolean startsAnotherRun = !headed.isEmpty() && (c != headed.get(headed.size() - 1) + 1 || leaf.equals("类"));
            if (startsAnotherRun) {
                if (headed.size() >= 2) {
                    break;
                }
                headed.clear();
            }
            headed.add(c);
        }
        if (headed.size() >= 2) {
            return headed.subList(0, Math.min(3, headed.size()));
        }
        if (labelColumn.length < 3 || !labelColumn[0] || !labelColumn[1]) {
            return List.of();
        }
        boolean classes = shaped(body, 0, 3);
        boolean segmentsShaped = shaped(body, 1, 2);
        if (!classes || !segmentsShaped) {
            return List.of();
        }
        return labelColumn[2] && shaped(body, 2, 2) ? List.of(0, 1, 2) : List.of(0, 1);
    }

    /** Some rows print a number of this many digits in the column, and no row prints anything else there. */
    private static boolean shaped(List<List<String>> body, int column, int digits) {
        int shaped = 0;
        for (List<String> row : body) {
            String text = column < row.size() ? Texts.withoutWhitespace(row.get(column)) : "";
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() != digits || !text.chars().allMatch(Character::isDigit)) {
                return false;
            }
            shaped++;
        }
        return shaped > 0;
    }

    private static int priority(CodeKind kind) {
        return switch (kind) {
            case FUNCTION -> 0;
            case DEPARTMENT_ECONOMIC, GOVERNMENT_ECONOMIC -> 1;
            case PROJECT -> 2;
            case UNIT -> 3;
            case NONE -> 4;
        };
    }

    /** Columns that carry a name (科目名称, 项目名称, 一级/二级项目, 单位名称), as opposed to a type or a note. */
    private static boolean isNameColumn(String path) {
        String leaf = path.substring(path.lastIndexOf('/') + 1);
        return leaf.contains("名称") || leaf.endsWith("级项目") || leaf.equals("项目");
    }

    /** The row's own name outranks its unit's: 项目名称 and 科目名称 before 单位名称, 单位（项目）名称 between. */
    private static int nameRank(String path) {
        String leaf = Texts.withoutWhitespace(path.substring(path.lastIndexOf('/') + 1));
        if (leaf.equals("单位名称") || leaf.equals("部门名称") || leaf.equals("预算单位名称")) {
            return 0;
        }
        return leaf.contains("单位") ? 1 : 2;
    }

    /**
     * Chinese words with two or more numbers in them (a date range, a target), or a long sentence: not a figure,
     * whatever column it stands in. Numbers alone ("0.00 0.00") are not prose but a misreading, and stay in view.
     */
    private static boolean isProse(String text) {
        String compact = Texts.withoutWhitespace(text);
        if (DATE.matcher(compact).find()) {
            return true; // 2022.1.1-2023.12.30, 2026-03-31
        }
        return compact.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && (compact.length() > 24 || NUMBERS_IN_WORDS.matcher(compact).find());
    }

    private static boolean isNumberOrDash(String text) {
        return NUMBER_OR_DASH.matcher(Texts.withoutWhitespace(text)).matches();
    }
}
