package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.classify.CodeParser;
import org.budgetwatch.extraction.model.CodeKind;

/**
 * Which columns name a row (codes, names, notes) and which hold its figures: what the cells hold decides, the header
 * where the cells say nothing (an empty column) or where digits could be either (a 类/款/项 column of "06"s). A column
 * with any amount in it is a figure column whatever its heading, so that no printed amount is ever read as a label;
 * a column of text alone is a label column.
 */
final class ColumnRoles {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern PERCENT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?\\s*%");
    private static final Pattern DASH = Pattern.compile("[-—–－/\\\\]+|[-—–－]?0?[-—–－]");

    private ColumnRoles() {
    }

    static boolean[] labelColumns(List<String> paths, List<List<String>> body) {
        boolean[] label = new boolean[paths.size()];
        boolean[] nameLike = new boolean[paths.size()];
        boolean[] coded = new boolean[paths.size()];
        boolean[] words = new boolean[paths.size()];
        for (int c = 0; c < paths.size(); c++) {
            int figures = 0;
            int codes = 0;
            int digits = 0;
            int texts = 0;
            int named = 0;
            for (List<String> row : body) {
                String text = c < row.size() ? Texts.withoutWhitespace(row.get(c)) : "";
                if (text.isEmpty() || DASH.matcher(text).matches()) {
                    continue;
                }
                if (DIGITS.matcher(text).matches()) {
                    digits++;
                    if (isClassificationCode(text)) {
                        codes++;
                    }
                } else if (CodeParser.parse(text).filter(p -> !p.name().isEmpty()).isPresent()) {
                    named++; // "2010601 行政运行", "201001-本级"
                } else if (AmountParser.parseCell(text, AmountUnit.UNKNOWN).isPresent() || PERCENT.matcher(text).matches()) {
                    figures++;
                } else {
                    texts++;
                }
            }
            boolean headed = HeaderGrid.isLabelColumn(paths.get(c));
            if (figures > 0) {
                label[c] = false; // a printed amount is never lost in a label: the column holds figures
            } else if (texts + named > digits) {
                label[c] = true;
                words[c] = texts > 0;
            } else if (digits > 0) {
                // digits without separators: codes under a code heading, or where most are classification codes
                label[c] = headed || codes * 5 >= digits * 4 && c < firstFigureColumn(paths.size(), body);
            } else {
                label[c] = headed;
            }
            coded[c] = named > 0 || codes > 0;
            nameLike[c] = headed;
        }
        // a column of codes names rows where no heading says so only if it is the first such column of its side or
        // half: further coded columns (a service catalogue's 0104-社会保障服务, a row's 210-卫生健康支出) are its attributes
        boolean nameSeen = false;
        for (int c = 0; c < label.length; c++) {
            if (!label[c] && !isEmpty(body, c)) {
                nameSeen = false;
                continue;
            }
            nameLike[c] |= coded[c] && !nameSeen;
            nameSeen |= nameLike[c];
        }
        // the first column of words among the leading label columns names the rows, whatever its heading (采购项目
        // after 科目编码 and 单位编码): codes alone name nothing
        for (int c = 0; c < label.length && (label[c] || isEmpty(body, c)); c++) {
            if (label[c] && words[c]) {
                nameLike[c] = true;
                break;
            }
        }
        // a column of words without a heading of its own, right of a label column, stands under that column's merged
        // heading (项目名称 over a group and its items): it names rows too
        for (int c = 1; c < label.length; c++) {
            nameLike[c] |= label[c] && label[c - 1] && Texts.withoutWhitespace(paths.get(c)).isEmpty();
        }
        // A row has one name: its code and name columns (by heading or content), else its first text column. Other
        // text (a quantity in words, a date, a person, a note) is a figure column's text, kept as printed. Right of
        // the first figure column only the code and name columns of a second half or side name rows again.
        boolean sawFigure = false;
        boolean named = false;
        for (int c = 0; c < label.length; c++) {
            if (label[c] && sawFigure && nameLike[c] && hasFigureAfter(label, c)) {
                sawFigure = false; // a new half or side starts
                named = false;
            }
            if (label[c] && (sawFigure || named && !nameLike[c])) {
                label[c] = false;
            }
            named |= label[c];
            sawFigure |= !label[c] && !isEmpty(body, c);
        }
        return label;
    }

    private static boolean isEmpty(List<List<String>> body, int column) {
        return body.stream().allMatch(r -> column >= r.size() || r.get(column).isBlank());
    }

    /** Headings of columns that print words: a note, a description, a date, a kind, a specification. */
    private static final Pattern TEXT_HEADING = Pattern.compile(".*(备注|说明|简介|内容|规格|型号|时间|日期|类别|性质|方式|用途|依据|原因|理由|电话|联系人|负责人).*");

    /**
     * The columns right of the labels that print words only (a date, a person, a note): no figure, no number in any
     * row. Their cells are the row's texts, not its figures.
     */
    static boolean[] textColumns(boolean[] label, List<String> paths, List<List<String>> body) {
        boolean[] text = new boolean[label.length];
        for (int c = 0; c < label.length; c++) {
            if (label[c]) {
                continue;
            }
            if (c < paths.size() && TEXT_HEADING.matcher(leaf(paths.get(c))).matches() && !allFigures(body, c)) {
                text[c] = true; // 备注, 说明, 规格型号, 实施采购时间: words by their heading, blank or not
                continue;
            }
            boolean words = false;
            boolean numbers = false;
            for (List<String> row : body) {
                String cell = c < row.size() ? Texts.withoutWhitespace(row.get(c)) : "";
                if (cell.isEmpty() || DASH.matcher(cell).matches()) {
                    continue;
                }
                if (DIGITS.matcher(cell).matches() || AmountParser.parseCell(cell, AmountUnit.UNKNOWN).isPresent()
                        || PERCENT.matcher(cell).matches()) {
                    numbers = true;
                    break;
                }
                words = true;
            }
            text[c] = words && !numbers;
        }
        return text;
    }

    /** Every filled cell of the column is a figure, and some cell is filled. */
    private static boolean allFigures(List<List<String>> body, int c) {
        boolean any = false;
        for (List<String> row : body) {
            String cell = c < row.size() ? Texts.withoutWhitespace(row.get(c)) : "";
            if (cell.isEmpty() || DASH.matcher(cell).matches()) {
                continue;
            }
            if (AmountParser.parseCell(cell, AmountUnit.UNKNOWN).isEmpty()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static String leaf(String path) {
        return Texts.withoutWhitespace(path.substring(path.lastIndexOf('/') + 1));
    }

    /**
     * The table cut where a label column follows a figure column: the two sides of a 收入/支出 summary, or the
     * halves (or thirds) of a table printed side by side. Each part starts with its label columns and holds at least
     * one figure column; a label column with no figure column after it (备注) stays in its part.
     */
    static List<int[]> parts(boolean[] label) {
        List<int[]> parts = new ArrayList<>();
        int start = 0;
        boolean sawFigure = false;
        for (int c = 0; c < label.length; c++) {
            if (label[c] && sawFigure && hasFigureAfter(label, c)) {
                parts.add(new int[] {start, c});
                start = c;
                sawFigure = false;
            }
            sawFigure |= !label[c];
        }
        parts.add(new int[] {start, label.length});
        return parts;
    }

    private static boolean hasFigureAfter(boolean[] label, int from) {
        for (int c = from; c < label.length; c++) {
            if (!label[c]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClassificationCode(String digits) {
        CodeKind kind = CodeParser.kindOf(digits);
        return digits.length() <= 7 && (kind == CodeKind.FUNCTION || kind == CodeKind.GOVERNMENT_ECONOMIC
                || kind == CodeKind.DEPARTMENT_ECONOMIC);
    }

    private static int firstFigureColumn(int width, List<List<String>> body) {
        for (int c = 0; c < width; c++) {
            for (List<String> row : body) {
                String text = c < row.size() ? row.get(c) : "";
                if (text.contains(".") && AmountParser.parseCell(text, AmountUnit.UNKNOWN).isPresent()) {
                    return c;
                }
            }
        }
        return width;
    }
}
