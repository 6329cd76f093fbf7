package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Puts a group heading (本年收入, 基本支出) over the columns of its group when the export did not print it over its
 * first column. A group of figure columns begins at its 小计: producers print the subtotal first and its parts after it
 * (小计 | 一般公共预算 | … | 其他收入; 小计 | 人员经费 | 公用经费). An OCR'd or hand-made export sets a group heading
 * where its letters happened to fall, centred over the group or shifted to one side, so a heading spread rightwards
 * from where it stands takes the 小计 into the group on its left and gives the last columns of its own group to the
 * next heading.
 *
 * <p>Two readings, the first that applies:
 * <ul>
 * <li>the leaf row prints two or more 小计 and the row above prints exactly as many headings from the first 小计 on:
 * the i-th heading covers the i-th group, from its 小计 to the column before the next 小计, unless the figures side
 * with the headings as placed (a 小计 the sum of the columns up to the next heading as printed, not of its group);</li>
 * <li>a 小计 with nothing above it, right of a column headed on its own (合计), followed by sub-headings up to a
 * heading: that heading's group begins at the 小计, unless the 小计 is not the sum of the group in any row.</li>
 * </ul>
 */
final class HeadingGroups {

    private static final String SUBTOTAL = "小计";

    private HeadingGroups() {
    }

    /**
     * @param upper the row of group headings, one cell per column (rewritten in place)
     * @param leaf  the row below it
     * @param body  the body's cells, one list per row: the figures that bear a reading out or contradict it
     */
    static void place(String[] upper, String[] leaf, List<List<String>> body) {
        List<Integer> subtotals = new ArrayList<>();
        for (int c = 0; c < leaf.length; c++) {
            if (SUBTOTAL.equals(leaf[c])) {
                subtotals.add(c);
            }
        }
        if (subtotals.isEmpty()) {
            return;
        }
        if (subtotals.size() >= 2 && byCount(upper, leaf, subtotals, body)) {
            return;
        }
        for (int s : subtotals) {
            extendLeftToSubtotal(upper, leaf, s, body);
        }
    }

    private static boolean byCount(String[] upper, String[] leaf, List<Integer> subtotals, List<List<String>> body) {
        List<Integer> headings = new ArrayList<>();
        for (int c = subtotals.get(0); c < upper.length; c++) {
            if (!upper[c].isEmpty() && !HeaderGrid.isNoise(upper[c])) {
                headings.add(c);
            }
        }
        if (headings.size() != subtotals.size()) {
            return false;
        }
        int end = leaf.length;
        while (end > 0 && leaf[end - 1].isEmpty()) {
            end--;
        }
        List<int[]> groups = new ArrayList<>();
        List<int[]> asPlaced = new ArrayList<>();
        for (int g = 0; g < subtotals.size(); g++) {
            int to = g + 1 < subtotals.size() ? subtotals.get(g + 1) : end;
            for (int c = subtotals.get(g); c < to; c++) {
                if (leaf[c].isEmpty()) {
                    return false; // a column merged down through the leaf row is a heading of its own, not a group's member
                }
            }
            groups.add(IntStream.range(subtotals.get(g), to).toArray());
            int placedEnd = g + 1 < headings.size() ? headings.get(g + 1) : end;
            asPlaced.add(IntStream.range(subtotals.get(g), Math.max(subtotals.get(g) + 1, placedEnd)).toArray());
        }
        for (int g = 0; g < groups.size(); g++) {
            if (!RowSums.confirmed(body, List.of(groups.get(g))) && RowSums.confirmed(body, List.of(asPlaced.get(g)))) {
                return false; // the figures add up under the headings where they stand
            }
        }
        List<String> texts = headings.stream().map(h -> upper[h]).toList();
        for (int g = 0; g < subtotals.size(); g++) {
            for (int c : groups.get(g)) {
                upper[c] = texts.get(g);
            }
        }
        return true;
    }

    private static void extendLeftToSubtotal(String[] upper, String[] leaf, int subtotal, List<List<String>> body) {
        if (!upper[subtotal].isEmpty() || subtotal == 0 || upper[subtotal - 1].isEmpty()) {
            return; // the heading stands over the 小计 already, or nothing marks where the group on the left ends
        }
        int heading = -1;
        int end = upper.length;
        for (int c = subtotal + 1; c < upper.length; c++) {
            if (leaf[c].isEmpty() || SUBTOTAL.equals(leaf[c]) || heading >= 0 && !upper[c].isEmpty()) {
                end = c;
                break;
            }
            if (heading < 0 && !upper[c].isEmpty()) {
                if (HeaderGrid.isNoise(upper[c])) {
                    return;
                }
                heading = c;
            }
        }
        if (heading < 0 || RowSums.contradicted(body, List.of(IntStream.range(subtotal, end).toArray()))) {
            return;
        }
        for (int c = subtotal; c < heading; c++) {
            upper[c] = upper[heading];
        }
    }
}
