package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The header rows of a table flattened into one path per column ("本年收入/一般公共预算"); an upper header cell
 * that spans several columns is carried right over the columns its lower row fills.
 */
final class HeaderGrid {

    private static final Pattern LABEL_SEGMENT = Pattern.compile(
            "^(序号|项目|.*科目.*|.*名称.*|.*编码|.*代码|类型[0-9]*|类|款|项|.*单位|功能分类|经济分类|一级项目|二级项目|单位名称)$");
    private static final Pattern VALUE_LEAF = Pattern.compile(".*(合计|小计|资金|支出|收入|预算|经费|拨款|结转|结余|金额|数|费)$");

    private HeaderGrid() {
    }

    static List<String> paths(List<List<String>> header, int width) {
        return paths(header, width, false);
    }

    static List<String> paths(List<List<String>> header, int width, boolean spansKnown) {
        return paths(header, width, spansKnown, List.of());
    }

    /**
     * @param spansKnown each header row gives every column its covering heading already: nothing to spread
     * @param body       the body's cells, whose figures decide where a misplaced group heading belongs
     */
    static List<String> paths(List<List<String>> header, int width, boolean spansKnown, List<List<String>> body) {
        String[][] grid = new String[header.size()][width];
        for (int r = 0; r < header.size(); r++) {
            for (int c = 0; c < width; c++) {
                List<String> cells = header.get(r);
                grid[r][c] = c < cells.size() ? withoutStrayMarks(Texts.withoutWhitespace(cells.get(c))) : "";
            }
        }
        for (int r = 0; r < header.size() - 1 && !spansKnown; r++) {
            grid[r] = expandCompressed(grid[r], grid[header.size() - 1]);
        }
        if (header.size() >= 2 && !spansKnown) {
            HeadingGroups.place(grid[header.size() - 2], grid[header.size() - 1], body);
        }
        // from the row above the leaves upwards: a heading spans the columns its lower row fills once that row's own
        // spans are spread (本年预算数 over 基本支出 and 项目支出, over 小计 人员经费 公用经费 项目支出总数 …)
        for (int r = header.size() - 2; r >= 0 && !spansKnown; r--) {
            for (int c = 1; c < width; c++) {
                if (grid[r][c].isEmpty() && !grid[r + 1][c].isEmpty() && !grid[r][c - 1].isEmpty() && !grid[r + 1][c - 1].isEmpty()
                        && !(LABEL_SEGMENT.matcher(grid[r][c - 1]).matches() && isValueHeading(grid[r + 1][c]))) {
                    grid[r][c] = grid[r][c - 1]; // a label's heading (科目名称) never spans a figure column (合计)
                }
            }
        }
        List<String> paths = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (String[] row : grid) {
                if (!row[c].isEmpty() && !isNoise(row[c]) && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(row[c]))) {
                    parts.add(row[c]);
                }
            }
            paths.add(parts.isEmpty() ? "" : String.join("/", parts));
        }
        return paths;
    }

    /**
     * A heading without the rules, bars and dashes OCR read beside it ("│-项目支出", "科目名称-"): at either end of a
     * heading they are part of the drawing. Signs that mean something (≥, %, brackets, quotes) stay.
     */
    static String withoutStrayMarks(String heading) {
        int start = 0;
        int end = heading.length();
        while (start < end && isStrayMark(heading.charAt(start))) {
            start++;
        }
        while (end > start && isStrayMark(heading.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == heading.length() || start == end ? heading : heading.substring(start, end);
    }

    private static boolean isStrayMark(char c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.BOX_DRAWING
                || c == '|' || c == '_' || c == '.' || c == '·' || c == '~';
    }

    /**
     * An OCR misreading, not a heading: no Chinese character, letter or digit (rules, bars, stray punctuation), or a
     * script no Chinese budget is printed in (an Arabic-looking run read from a stamp or a line).
     */
    static boolean isNoise(String heading) {
        boolean meaningful = false;
        for (int i = 0; i < heading.length(); i++) {
            char c = heading.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.DEVANAGARI) {
                return true;
            }
            meaningful |= Character.isLetterOrDigit(c);
        }
        return !meaningful;
    }

    /**
     * Word exports drop the empty cells of merged headers, so an upper header row arrives with fewer cells than
     * there are columns, all packed to the left. They are spread back over the leaf row. A leaf row that repeats
     * itself (项目 预算数 项目 预算数: the two sides of a summary) shares the columns evenly among the upper cells.
     * Otherwise a column whose leaf cell is empty was merged vertically and takes one upper cell, each run of filled
     * leaf cells takes one, and upper cells left over take one column each after that.
     */
    private static String[] expandCompressed(String[] upper, String[] leaf) {
        int width = upper.length;
        int count = 0;
        while (count < width && !upper[count].isEmpty()) {
            count++;
        }
        for (int c = count; c < width; c++) {
            if (!upper[c].isEmpty()) {
                return upper; // not packed to the left: the export kept its blanks
            }
        }
        int leafWidth = width;
        while (leafWidth > 0 && leaf[leafWidth - 1].isEmpty()) {
            leafWidth--;
        }
        if (count == 0 || count == width) {
            return upper;
        }
        String[] expanded = new String[width];
        java.util.Arrays.fill(expanded, "");
        if (repeatsItself(leaf, leafWidth, count)) {
            int span = leafWidth / count;
            for (int c = 0; c < leafWidth; c++) {
                expanded[c] = upper[c / span];
            }
            return expanded;
        }
        int column = 0;
        for (int i = 0; i < count && column < width; i++) {
            int end = column;
            if (!leaf[column].isEmpty()) {
                while (end + 1 < leafWidth && !leaf[end + 1].isEmpty()) {
                    end++;
                }
            }
            for (int c = column; c <= end; c++) {
                expanded[c] = upper[i];
            }
            column = end + 1;
        }
        return expanded;
    }

    private static boolean repeatsItself(String[] leaf, int leafWidth, int parts) {
        if (parts < 2 || leafWidth % parts != 0) {
            return false;
        }
        int span = leafWidth / parts;
        for (int c = span; c < leafWidth; c++) {
            if (!leaf[c].equals(leaf[c % span])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValueHeading(String heading) {
        return VALUE_LEAF.matcher(heading).matches() && !LABEL_SEGMENT.matcher(heading).matches();
    }

    /** A column that names the row (code, name, type, unit) rather than holding a figure. */
    static boolean isLabelColumn(String path) {
        if (path.isEmpty()) {
            return false;
        }
        String leaf = path.substring(path.lastIndexOf('/') + 1);
        if (isValueHeading(leaf)) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (LABEL_SEGMENT.matcher(segment).matches()) {
                return true;
            }
        }
        return false;
    }
}
