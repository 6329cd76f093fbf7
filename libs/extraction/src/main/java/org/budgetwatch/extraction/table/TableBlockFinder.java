package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountUnit;

/**
 * Finds the tables of a normalised export: each maximal run of rows (blank lines allowed inside) is a block; its
 * title and unit are read from the few lines above it, or from a unit cell in its first rows.
 */
final class TableBlockFinder {

    static final Pattern UNIT = Pattern.compile("单位\\s*[:：]?\\s*(?:[^\\s:：]*[:：]\\s*)?(亿元|万元|元)\\s*$");
    private static final Pattern FURNITURE_CELL = Pattern.compile("^(部门|单位|预算单位|部门/单位|编制单位|金额单位|单位名称|预算年度|年度)[^:：]{0,6}[:：].*");
    /**
     * A key that names an amount (年度预算资金总额：, 单位资金合计：): a form's figure is printed beside it, so it is a
     * row of the table, whatever word (年度, 单位) it starts with.
     */
    private static final Pattern AMOUNT_KEY = Pattern.compile(".*(总额|金额|资金|拨款|合计|总计)[:：]");
    private static final Pattern CORNER_NOTE = Pattern.compile("[^:：]{2}[:：][^:：]{1,5}");
    private static final int LOOKBACK = 8;
    private static final int MAX_TITLE_LENGTH = 80;

    private TableBlockFinder() {
    }

    static List<TableBlock> find(List<SourceLine> lines) {
        List<TableBlock> blocks = new ArrayList<>();
        int previousEnd = -1;
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).isRow() || isFurnitureRow(lines.get(i)) && !hasRowAfter(lines, i)) {
                i++;
                continue;
            }
            int start = i;
            List<SourceLine> rows = new ArrayList<>();
            while (i < lines.size() && (lines.get(i).isRow() || lines.get(i).isBlank())) {
                if (lines.get(i).isRow()) {
                    rows.add(lines.get(i));
                }
                i++;
            }
            String note = i < lines.size() ? lines.get(i).text().strip() : null;
            blocks.add(block(lines, previousEnd, start, rows, note));
            previousEnd = i - 1;
        }
        return blocks;
    }

    private static TableBlock block(List<SourceLine> lines, int previousEnd, int start, List<SourceLine> rows, String note) {
        String title = null;
        AmountUnit unit = AmountUnit.UNKNOWN;
        for (int j = start - 1, seen = 0; j > previousEnd && seen < LOOKBACK; j--) {
            String text = lines.get(j).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            Matcher u = UNIT.matcher(text);
            if (u.find() && unit == AmountUnit.UNKNOWN) {
                unit = AmountUnit.fromPrinted(u.group(1));
                continue;
            }
            if (title == null && isTitle(text)) {
                title = TableTitles.clean(text);
                break;
            }
        }
        for (SourceLine row : rows.subList(0, Math.min(3, rows.size()))) {
            for (String cell : row.cells()) {
                Matcher u = UNIT.matcher(cell);
                if (u.find() && unit == AmountUnit.UNKNOWN) {
                    unit = AmountUnit.fromPrinted(u.group(1));
                }
            }
        }
        int last = rows.isEmpty() ? start + 1 : rows.get(rows.size() - 1).number();
        return new TableBlock(title, unit, rows, lines.get(start).number(), last, note);
    }

    /** A row that says whose table it is, which year or which unit, rather than holding table data. */
    static boolean isFurnitureRow(SourceLine line) {
        return isFurnitureRow(line.cells());
    }

    static boolean isFurnitureRow(List<String> cells) {
        if (cells.stream().noneMatch(c -> c.indexOf('：') >= 0 || c.indexOf(':') >= 0 || c.contains("元"))) {
            return false; // every furniture cell has a colon, or is a unit
        }
        if (cells.size() >= 2 && isCornerNote(cells.get(cells.size() - 1))
                && cells.subList(0, cells.size() - 1).stream().allMatch(String::isBlank)) {
            return true; // the unit alone over the table's last column, whatever OCR made of its words
        }
        List<String> filled = cells.stream().map(c -> c.replace(" ", "")).filter(c -> !c.isEmpty()).toList();
        if (filled.isEmpty() || filled.size() > 4) {
            return false;
        }
        return filled.stream().anyMatch(c -> c.length() < 40 && !AMOUNT_KEY.matcher(c).matches()
                && (FURNITURE_CELL.matcher(c).matches() || UNIT.matcher(c).find()));
    }

    /**
     * What a table prints at its top right corner, "单位：万元", as OCR may have read it ("平位: 717", "平世: 刀儿"): two
     * characters, a colon and a few more. A heading never has words after a colon in that place.
     */
    static boolean isCornerNote(String cell) {
        String text = Texts.withoutWhitespace(cell);
        return CORNER_NOTE.matcher(text).matches() && !AMOUNT_KEY.matcher(text.substring(0, text.indexOf(text.contains("：") ? '：' : ':') + 1)).matches();
    }

    private static boolean hasRowAfter(List<SourceLine> lines, int i) {
        return i + 1 < lines.size() && lines.get(i + 1).isRow();
    }

    private static boolean isTitle(String text) {
        return text.contains("表") && text.length() <= MAX_TITLE_LENGTH && !text.contains("\t")
                && !text.startsWith("注") && !text.startsWith("备注") && !text.contains("……") && !text.contains("....")
                && !FURNITURE_CELL.matcher(text.replace(" ", "")).matches();
    }

}
