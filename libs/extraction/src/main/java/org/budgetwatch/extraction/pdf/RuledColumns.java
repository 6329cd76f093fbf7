package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a ruled table, read from its printed cell borders (lattice): every vertical rule that crosses a
 * line of the block bounds a column, so a column that is empty in every row is still a column. A chunk goes to
 * the cell its line's own borders put it in; a heading in a merged cell (whose inner borders stop above or below
 * it) belongs to the first column of its span, as a tab export prints it. Columns outside the table's text (a
 * page frame) are left out.
 */
final class RuledColumns implements TableColumns {

    /** Rules this close (points) are the same border. */
    private static final float SAME = 1.5f;
    /** A line crossed by fewer rules is not inside a ruled table. */
    static final int LEAST_RULES = 3;

    private final float[] bounds;
    private final Map<Integer, List<VerticalRule>> rules;

    private RuledColumns(float[] bounds, Map<Integer, List<VerticalRule>> rules) {
        this.bounds = bounds;
        this.rules = rules;
    }

    /** The block's ruled columns, or empty where fewer than half of its lines sit between printed borders. */
    static Optional<TableColumns> of(List<PdfLine> block, Map<Integer, List<VerticalRule>> rules) {
        List<Float> xs = new ArrayList<>();
        int ruled = 0;
        for (PdfLine line : block) {
            List<Float> crossing = crossing(line, rules);
            if (crossing.size() >= LEAST_RULES) {
                ruled++;
                xs.addAll(crossing);
            }
        }
        if (ruled * 2 < block.size()) {
            return Optional.empty();
        }
        float[] bounds = distinct(xs);
        int first = 0;
        int last = bounds.length - 2;
        while (first < last && !hasText(block, bounds[first], bounds[first + 1])) {
            first++;
        }
        while (last > first && !hasText(block, bounds[last], bounds[last + 1])) {
            last--;
        }
        float[] kept = new float[last - first + 2];
        System.arraycopy(bounds, first, kept, 0, kept.length);
        return Optional.of(new RuledColumns(kept, rules));
    }

    /** The x of each vertical rule that crosses the line's middle, left to right, the same border once. */
    static List<Float> crossing(PdfLine line, Map<Integer, List<VerticalRule>> rules) {
        List<Float> xs = new ArrayList<>();
        for (VerticalRule rule : rules.getOrDefault(line.page(), List.of())) {
            if (rule.crosses(line.middle())) {
                xs.add(rule.x());
            }
        }
        float[] distinct = distinct(xs);
        List<Float> out = new ArrayList<>(distinct.length);
        for (float x : distinct) {
            out.add(x);
        }
        return out;
    }

    /** Two borders this close are one. */
    static boolean same(float x, float y) {
        return Math.abs(x - y) <= SAME;
    }

    @Override
    public String toRow(PdfLine line) {
        StringBuilder[] cells = new StringBuilder[bounds.length - 1];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new StringBuilder();
        }
        List<Float> borders = crossing(line, rules);
        for (TextChunk chunk : line.chunks()) {
            TableColumns.append(cells[columnOf(chunk.center(), borders)], chunk);
        }
        return TableColumns.join(cells);
    }

    /** The first column of the line's cell that holds x; where the line has no borders round x, the column of x. */
    private int columnOf(float x, List<Float> borders) {
        for (int i = 0; i + 1 < borders.size(); i++) {
            if (borders.get(i) <= x && x <= borders.get(i + 1)) {
                return leafAt(borders.get(i) + SAME);
            }
        }
        return leafAt(x);
    }

    private int leafAt(float x) {
        for (int i = 0; i + 1 < bounds.length; i++) {
            if (x < bounds[i + 1]) {
                return i;
            }
        }
        return bounds.length - 2;
    }

    private static boolean hasText(List<PdfLine> block, float from, float to) {
        return block.stream().flatMap(l -> l.chunks().stream()).anyMatch(c -> from <= c.center() && c.center() <= to);
    }

    private static float[] distinct(List<Float> xs) {
        float[] sorted = new float[xs.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = xs.get(i);
        }
        Arrays.sort(sorted);
        int n = 0;
        for (float x : sorted) {
            if (n == 0 || x - sorted[n - 1] > SAME) {
                sorted[n++] = x;
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
