package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A text export whose body rows lost one blank cell each: the figures after the loss sit one column left of their
 * headings, so a carried-over 小计 reads as the current year's 其他收入. What gives it away is the arithmetic: under the
 * header as printed, its 小计 groups (and the 合计 over them) fail in every row, and with one blank cell put back at the
 * start of one run of columns blank in every row they hold. Which blank was lost cannot be told, and need not be: every
 * place in the run gives the same figures. Only a table whose last column is blank in every row is realigned (nothing
 * is pushed out of it), and only where exactly one run puts the sums right.
 */
final class LostCells {

    private static final String SUBTOTAL = "小计";
    private static final String TOTAL = "合计";

    private LostCells() {
    }

    /** The body as printed, or with one blank cell put back where that alone makes the header's sums hold. */
    static List<TableBuilder.Row> realign(List<List<String>> header, List<TableBuilder.Row> body, int width) {
        if (header.size() < 2 || body.isEmpty()) {
            return body;
        }
        List<String> leaf = header.get(header.size() - 1).stream().map(Texts::withoutWhitespace).toList();
        List<int[]> sums = sums(header, leaf, width);
        List<List<String>> cells = body.stream().map(TableBuilder.Row::cells).toList();
        if (sums.size() < 2 || !allBlank(cells, width - 1)) {
            return body;
        }
        RowSums.Tally printed = RowSums.tally(cells, sums);
        if (printed.checked() < 2 || printed.failing() < printed.checked()) {
            return body; // the sums hold somewhere: the columns are where the header says
        }
        List<List<List<String>>> readings = new ArrayList<>();
        for (int start : blankRunStarts(cells, sums.get(0)[0] + 1, width - 1)) {
            List<List<String>> shifted = cells.stream().map(row -> insertBlank(row, start, width)).toList();
            if (RowSums.confirmed(shifted, sums)) {
                readings.add(shifted);
            }
        }
        if (readings.size() != 1) {
            return body;
        }
        List<TableBuilder.Row> realigned = new ArrayList<>(body.size());
        for (int r = 0; r < body.size(); r++) {
            realigned.add(new TableBuilder.Row(body.get(r).line(), body.get(r).page(), new ArrayList<>(readings.get(0).get(r))));
        }
        return realigned;
    }

    /** Each 小计 over the columns after it up to the next 小计, and a 合计 left of the first 小计 over the 小计s. */
    private static List<int[]> sums(List<List<String>> header, List<String> leaf, int width) {
        List<Integer> subtotals = new ArrayList<>();
        for (int c = 0; c < leaf.size() && c < width; c++) {
            if (SUBTOTAL.equals(leaf.get(c))) {
                subtotals.add(c);
            }
        }
        List<int[]> sums = new ArrayList<>();
        for (int i = 0; i < subtotals.size(); i++) {
            int to = i + 1 < subtotals.size() ? subtotals.get(i + 1) : width;
            sums.add(IntStream.range(subtotals.get(i), to).toArray());
        }
        if (subtotals.isEmpty()) {
            return sums;
        }
        for (int c = subtotals.get(0) - 1; c >= 0; c--) {
            final int column = c;
            if (header.stream().anyMatch(row -> column < row.size() && TOTAL.equals(Texts.withoutWhitespace(row.get(column))))) {
                int[] total = new int[subtotals.size() + 1];
                total[0] = c;
                for (int i = 0; i < subtotals.size(); i++) {
                    total[i + 1] = subtotals.get(i);
                }
                sums.add(total);
                break;
            }
        }
        return sums;
    }

    /** The first column of each run of columns blank in every row, from {@code from} to {@code to} (exclusive). */
    private static List<Integer> blankRunStarts(List<List<String>> cells, int from, int to) {
        List<Integer> starts = new ArrayList<>();
        for (int c = from; c < to; c++) {
            if (allBlank(cells, c) && (c == from || !allBlank(cells, c - 1))) {
                starts.add(c);
            }
        }
        return starts;
    }

    private static boolean allBlank(List<List<String>> cells, int column) {
        return cells.stream().allMatch(row -> column >= row.size() || row.get(column).isBlank());
    }

    private static List<String> insertBlank(List<String> row, int at, int width) {
        List<String> shifted = new ArrayList<>(row);
        while (shifted.size() < width) {
            shifted.add("");
        }
        shifted.add(at, "");
        return shifted.subList(0, width);
    }
}
