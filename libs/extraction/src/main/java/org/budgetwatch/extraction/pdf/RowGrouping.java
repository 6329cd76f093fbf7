package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Which printed lines make one row where no border separates the rows (a table printed without rulings, or a ruled
 * table whose body has column borders only). A line with a figure or a code starts a row. A line with neither is a
 * label wrapped in its cell, and joins the row it sits closest to, as long as it sits within a line's leading of it
 * (rows are spaced wider than the lines of one cell); otherwise, and when it starts with a numbering or a total, it is
 * a row of its own (a row whose figures are blank). Lines above the first line with a figure are the header's, one
 * row each.
 */
final class RowGrouping {

    /** Lines of one cell are set this close (baseline to baseline, in type sizes); rows further apart. */
    private static final float LEADING = 1.5f;

    private RowGrouping() {
    }

    /** The lines' rows: each row the indexes of its lines, top to bottom. */
    static List<List<Integer>> rows(List<VisualLine> lines) {
        List<List<Integer>> rows = new ArrayList<>();
        int firstAnchor = 0;
        while (firstAnchor < lines.size() && !lines.get(firstAnchor).isAnchor()) {
            firstAnchor++;
        }
        if (firstAnchor == lines.size()) {
            firstAnchor = 0; // no figure at all: an empty table, read line by line with wrapped labels joined
        }
        for (int i = 0; i < firstAnchor; i++) {
            rows.add(new ArrayList<>(List.of(i)));
        }
        List<Integer> pending = new ArrayList<>(); // lines that go with the next row
        for (int i = firstAnchor; i < lines.size(); i++) {
            VisualLine line = lines.get(i);
            if (line.isAnchor() || line.startsNewRow() || rows.size() == firstAnchor && pending.isEmpty() && i == firstAnchor) {
                List<Integer> row = new ArrayList<>(pending);
                row.add(i);
                rows.add(row);
                pending.clear();
                continue;
            }
            float tight = LEADING * line.size();
            float toPrevious = i > firstAnchor ? line.baseline() - lines.get(i - 1).baseline() : Float.MAX_VALUE;
            float toNext = i + 1 < lines.size() ? lines.get(i + 1).baseline() - line.baseline() : Float.MAX_VALUE;
            boolean nextStartsRow = i + 1 < lines.size() && (lines.get(i + 1).isAnchor() || lines.get(i + 1).startsNewRow());
            if (!pending.isEmpty() && toPrevious <= tight) {
                pending.add(i); // the second line of a label whose figures come below it
            } else if (toNext < toPrevious && toNext <= tight && nextStartsRow) {
                pending.add(i);
            } else if (toPrevious <= tight && rows.size() > firstAnchor && pending.isEmpty()) {
                rows.get(rows.size() - 1).add(i);
            } else {
                flushPending(rows, pending);
                rows.add(new ArrayList<>(List.of(i)));
            }
        }
        flushPending(rows, pending);
        return rows;
    }

    private static void flushPending(List<List<Integer>> rows, List<Integer> pending) {
        if (!pending.isEmpty()) {
            rows.add(new ArrayList<>(pending));
            pending.clear();
        }
    }
}
