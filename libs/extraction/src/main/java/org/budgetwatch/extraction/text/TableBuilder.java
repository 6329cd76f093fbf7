package org.budgetwatch.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.classify.CodeParser;
import org.budgetwatch.extraction.classify.TableClassifier;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.CodeLevel;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.LineSpan;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;

/**
 * Turns a block of rows into typed tables: header rows flattened into column paths, 序号 and 栏次 dropped,
 * label columns told from figure columns, codes parsed, total rows and columns marked, two-sided summaries split.
 */
final class TableBuilder {

    static final String UNTITLED = "未命名表格";
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(.{0,8}(合计|总计)|小计)$");
    private static final Pattern EMPTY_NOTE = Pattern.compile(".*(无|没有|未安排|未编制|不涉及|为空|为0|为零).*");
    private static final Pattern CLASS_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern SUB_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern TOTAL_COLUMN = Pattern.compile(".*(合计|总计|小计)$");
    private static final Pattern SIDE_LABEL = Pattern.compile("^(项目|收入项目|支出项目|项目名称)$");

    private TableBuilder() {
    }

    /** The block's grid: rows of cells without furniture rows, 序号 column and 栏次 rows. */
    record Grid(List<List<String>> header, List<Row> body, int width) {
    }

    record Row(int line, List<String> cells) {
    }

    static Grid grid(TableBlock block) {
        List<Row> rows = new ArrayList<>();
        for (SourceLine line : block.rows()) {
            if (!TableBlockFinder.isFurnitureRow(line)) {
                rows.add(new Row(line.number(), new ArrayList<>(line.cells())));
            }
        }
        rows.forEach(r -> r.cells().replaceAll(c -> c.length() < 16 && c.contains("单位") && TableBlockFinder.UNIT.matcher(c).find() ? "" : c));
        boolean numbered = rows.stream().limit(3).anyMatch(r -> !r.cells().isEmpty() && r.cells().get(0).replace(" ", "").equals("序号"));
        if (numbered) {
            rows.forEach(r -> {
                if (!r.cells().isEmpty()) {
                    r.cells().remove(0);
                }
            });
        }
        int width = 0;
        for (Row row : rows) {
            for (int c = row.cells().size() - 1; c >= 0; c--) {
                if (!row.cells().get(c).isEmpty()) {
                    width = Math.max(width, c + 1);
                    break;
                }
            }
        }
        for (Row row : rows) { // every row as wide as the table, so a header repeated on a new page compares equal
            while (row.cells().size() < width) {
                row.cells().add("");
            }
            while (row.cells().size() > width) {
                row.cells().remove(row.cells().size() - 1);
            }
        }
        int headerCount = 0;
        while (headerCount < rows.size() && !hasFigure(rows.get(headerCount).cells())) {
            headerCount++;
        }
        if (headerCount == rows.size()) { // an empty table: the header ends at its 合计 row, or after three rows
            headerCount = 0;
            while (headerCount < rows.size() && !isTotalRow(rows.get(headerCount).cells())) {
                headerCount++;
            }
            if (headerCount == rows.size() || headerCount == 0) {
                headerCount = Math.min(rows.size(), 3);
            }
        }
        List<List<String>> header = new ArrayList<>();
        List<Row> body = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (isColumnNumbering(rows.get(r).cells())) {
                continue;
            }
            if (r < headerCount) {
                header.add(rows.get(r).cells());
            } else if (body.isEmpty() || !header.contains(rows.get(r).cells())) { // a header repeated on a new page
                body.add(rows.get(r));
            }
        }
        return new Grid(header, body, width);
    }

    static List<ExtractedTable> build(int firstIndex, TableBlock block, Grid grid, AmountUnit unit) {
        String title = block.title() == null ? UNTITLED : block.title();
        TableType type = block.title() == null ? TableType.OTHER : TableClassifier.classify(title);
        List<String> paths = HeaderGrid.paths(grid.header(), grid.width());
        LineSpan span = new LineSpan(block.page(), block.firstLine(), block.lastLine());
        String emptyNote = block.noteAfter() != null && EMPTY_NOTE.matcher(block.noteAfter()).matches() ? block.noteAfter() : null;
        int split = expenditureSideStart(grid.header(), paths);
        if (split > 0) {
            return List.of(
                    table(firstIndex, type, title, TableSide.INCOME, unit, span, paths, grid.body(), 0, split, emptyNote),
                    table(firstIndex + 1, type, title, TableSide.EXPENDITURE, unit, span, paths, grid.body(), split, grid.width(), emptyNote));
        }
        return List.of(table(firstIndex, type, title, TableSide.WHOLE, unit, span, paths, grid.body(), 0, grid.width(), emptyNote));
    }

    /** A 合计 line with nothing else printed (the total row of an empty table), not a header naming a 合计 column. */
    private static boolean isTotalRow(List<String> cells) {
        List<String> printed = cells.stream().map(Texts::withoutWhitespace).filter(c -> !c.isEmpty()).toList();
        return printed.size() == 1 && TOTAL_LABEL.matcher(printed.get(0)).matches();
    }

    private static boolean hasFigure(List<String> cells) {
        return cells.stream().skip(1).anyMatch(c -> AmountParser.parseCell(c, AmountUnit.UNKNOWN).isPresent())
                && !isColumnNumbering(cells);
    }

    /** A 栏次 row: "栏次 1 2 3" or only the column numbers. */
    private static boolean isColumnNumbering(List<String> cells) {
        List<String> filled = cells.stream().map(c -> c.replace(" ", "")).filter(c -> !c.isEmpty()).toList();
        if (filled.isEmpty()) {
            return false;
        }
        if (filled.get(0).equals("栏次")) {
            return true;
        }
        for (int i = 0; i < filled.size(); i++) {
            if (!filled.get(i).equals(String.valueOf(i + 1))) {
                return false;
            }
        }
        return filled.size() >= 3;
    }

    /** Where the expenditure half of a 收入/支出 summary starts: the second row-label column under a 支出 heading. */
    private static int expenditureSideStart(List<List<String>> header, List<String> paths) {
        if (header.isEmpty()) {
            return -1;
        }
        String top = Texts.withoutWhitespace(String.join("|", header.get(0)));
        if (!top.contains("收入") || !top.contains("支出")) {
            return -1;
        }
        int labels = 0;
        for (int c = 0; c < paths.size(); c++) {
            String leaf = paths.get(c).substring(paths.get(c).lastIndexOf('/') + 1);
            if (SIDE_LABEL.matcher(leaf).matches() && ++labels == 2) {
                return c;
            }
        }
        return -1;
    }

    private static ExtractedTable table(int index, TableType type, String title, TableSide side, AmountUnit unit, LineSpan span,
                                        List<String> allPaths, List<Row> body, int from, int to, String emptyNote) {
        List<String> paths = allPaths.subList(from, to).stream()
                .map(p -> side == TableSide.WHOLE ? p : p.replaceFirst("^(收入|支出)/", "")).toList();
        boolean[] labelColumn = new boolean[paths.size()];
        boolean anyLabel = false;
        for (int c = 0; c < paths.size(); c++) {
            labelColumn[c] = HeaderGrid.isLabelColumn(paths.get(c));
            anyLabel |= labelColumn[c];
        }
        if (!anyLabel && !paths.isEmpty() && !holdsOnlyFigures(body, from)) {
            labelColumn[0] = true; // a table with no label column at all (三公 tables often) has figures from the first
        }
        List<TableColumn> columns = new ArrayList<>();
        for (int c = 0; c < paths.size(); c++) {
            if (!labelColumn[c]) {
                String path = paths.get(c).isEmpty() ? "列" + (c + 1) : paths.get(c);
                columns.add(new TableColumn(c, path, TOTAL_COLUMN.matcher(path).matches()));
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (Row raw : body) {
            List<String> cells = raw.cells().subList(Math.min(from, raw.cells().size()), Math.min(to, raw.cells().size()));
            row(rows.size(), raw.line(), cells, labelColumn, paths, columns, unit).ifPresent(rows::add);
        }
        ExtractedTable read = new ExtractedTable(index, type, title, side, unit, span, columns, rows, null);
        return read.isBlank() && emptyNote != null ? new ExtractedTable(index, type, title, side, unit, span, columns, rows, emptyNote) : read;
    }

    /** Every row of the body has a figure in this column (and there are rows). */
    private static boolean holdsOnlyFigures(List<Row> body, int column) {
        return !body.isEmpty() && body.stream().allMatch(r -> column < r.cells().size()
                && AmountParser.parseCell(r.cells().get(column), AmountUnit.UNKNOWN).isPresent());
    }

    private static Optional<TableRow> row(int index, int line, List<String> cells, boolean[] labelColumn, List<String> paths,
                                          List<TableColumn> columns, AmountUnit unit) {
        String code = null;
        String name = null;
        String fallback = null;
        CodeKind kind = CodeKind.NONE;
        CodeLevel level = CodeLevel.NONE;
        int segmented = segmentedCodeEnd(cells, labelColumn);
        if (segmented > 0) {
            code = String.join("", cells.subList(0, segmented));
            kind = CodeParser.kindOf(code);
            level = CodeParser.levelOf(code, kind);
        }
        for (int c = segmented; c < cells.size() && c < labelColumn.length; c++) {
            String text = cells.get(c);
            if (!labelColumn[c] || text.isEmpty()) {
                continue;
            }
            Optional<CodeParser.ParsedCode> parsed = CodeParser.parse(text);
            if (parsed.isPresent()) {
                // a row may carry several codes (unit, function, economic): the most telling one is the row's code
                if (code == null || priority(parsed.get().kind()) < priority(kind)) {
                    code = parsed.get().code();
                    kind = parsed.get().kind();
                    level = parsed.get().level();
                    if (!parsed.get().name().isEmpty()) {
                        fallback = parsed.get().name();
                    }
                }
            } else if (name == null && isNameColumn(paths.get(c))) {
                name = text;
            } else if (fallback == null) {
                fallback = text;
            }
        }
        String label = name != null ? name : fallback;
        List<TableCell> values = new ArrayList<>();
        boolean anyValue = false;
        for (TableColumn column : columns) {
            String text = column.index() < cells.size() ? cells.get(column.index()) : "";
            PrintedAmount amount = AmountParser.parseCell(text, unit).orElse(null);
            anyValue |= !text.isEmpty();
            values.add(new TableCell(column.index(), text.isEmpty() ? null : text, amount));
        }
        if (label == null && code == null && !anyValue) {
            return Optional.empty();
        }
        String printedLabel = label == null ? (code == null ? "" : code) : label;
        boolean total = TOTAL_LABEL.matcher(Texts.withoutWhitespace(printedLabel)).matches();
        return Optional.of(new TableRow(index, printedLabel, code, kind, level, total, line, values));
    }

    /**
     * Codes printed in 类 / 款 / 项 columns ("201 | 06 | 01"): the number of leading cells that make up the code
     * (0 when the row does not start that way).
     */
    private static int segmentedCodeEnd(List<String> cells, boolean[] labelColumn) {
        if (cells.size() < 3 || labelColumn.length < 3 || !labelColumn[0] || !labelColumn[1] || !CLASS_CODE.matcher(cells.get(0)).matches()) {
            return 0;
        }
        boolean itemColumn = labelColumn[2] && (SUB_CODE.matcher(cells.get(2)).matches() || cells.get(2).isEmpty());
        if (SUB_CODE.matcher(cells.get(1)).matches() || cells.get(1).isEmpty()) {
            return itemColumn ? 3 : 2;
        }
        return 0;
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

    /** Columns that carry the row's own name (科目名称, 项目名称, 一级/二级项目), as opposed to its unit or type. */
    private static boolean isNameColumn(String path) {
        String leaf = path.substring(path.lastIndexOf('/') + 1);
        return leaf.contains("名称") && !leaf.contains("单位") || leaf.endsWith("级项目") || leaf.equals("项目");
    }
}
