package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetwatch.extraction.text.PagedLine;

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
    private final Map<Integer, PageRules> rules;

    private RuledColumns(float[] bounds, Map<Integer, PageRules> rules) {
        this.bounds = bounds;
        this.rules = rules;
    }

    /** The block's ruled columns, or empty where fewer than half of its lines sit between printed borders. */
    static Optional<TableColumns> of(List<PdfLine> block, Map<Integer, PageRules> rules) {
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
    static List<Float> crossing(PdfLine line, Map<Integer, PageRules> rules) {
        List<Float> xs = new ArrayList<>();
        for (VerticalRule rule : rules.getOrDefault(line.page(), PageRules.NONE).verticals()) {
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
        return TableColumns.join(cells(List.of(line)));
    }

    /**
     * Where the table prints borders between its rows, the lines of the body between two borders are one row: a
     * label wrapped in its cell reads as one cell again. Heading lines stay one row each (their merged cells span
     * rows in ways borders alone do not settle; the header paths join them), also where a page repeats them.
     * Otherwise each line is a row.
     */
    @Override
    public List<PagedLine> toRows(List<PdfLine> block) {
        List<List<PdfLine>> rows = new ArrayList<>();
        boolean rowBorders = false;
        Set<String> heading = new HashSet<>(); // the heading lines, which a table continued on a new page may repeat
        boolean bodySeen = false;
        boolean inBody = false;
        for (int i = 0; i < block.size(); i++) {
            PdfLine line = block.get(i);
            PdfLine previous = i == 0 ? null : block.get(i - 1);
            boolean wasInBody = inBody && previous.page() == line.page();
            boolean headingLine = bodySeen ? !wasInBody && heading.contains(toRow(line)) : !ColumnLayout.hasFigure(line);
            if (headingLine && !bodySeen) {
                heading.add(toRow(line));
            }
            inBody = !headingLine;
            bodySeen |= inBody;
            boolean continues = wasInBody && inBody && !separated(previous, line);
            rowBorders |= wasInBody && !continues;
            if (continues) {
                rows.get(rows.size() - 1).add(line);
            } else {
                rows.add(new ArrayList<>(List.of(line)));
            }
        }
        if (!rowBorders) {
            return TableColumns.super.toRows(block);
        }
        List<PagedLine> out = new ArrayList<>(rows.size());
        for (List<PdfLine> row : rows) {
            out.add(new PagedLine(row.get(0).page(), TableColumns.join(cells(row))));
        }
        return out;
    }

    private boolean separated(PdfLine above, PdfLine below) {
        return rules.getOrDefault(below.page(), PageRules.NONE).separates(above.middle(), below.middle(), bounds[0], bounds[bounds.length - 1]);
    }

    /** The cells of one row printed on one or more lines, a wrapped cell's parts joined as one text. */
    private StringBuilder[] cells(List<PdfLine> lines) {
        StringBuilder[] cells = new StringBuilder[bounds.length - 1];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new StringBuilder();
        }
        for (PdfLine line : lines) {
            List<Float> borders = crossing(line, rules);
            int[] onThisLine = new int[cells.length];
            for (TextChunk chunk : line.chunks()) {
                int column = columnOf(chunk.center(), borders);
                StringBuilder cell = cells[column];
                if (cell.length() > 0 && onThisLine[column]++ == 0) {
                    // the cell goes on from the line above: Chinese cells wrap anywhere, inside a code or a figure too
                    cell.append(chunk.text().replace('\t', ' '));
                } else {
                    onThisLine[column]++;
                    TableColumns.append(cell, chunk);
                }
            }
        }
        return cells;
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
