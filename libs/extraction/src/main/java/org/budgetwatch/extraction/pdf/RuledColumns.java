package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetwatch.extraction.text.PagedLine;

/**
 * A ruled table read from its printed cell borders (lattice). Columns: every vertical rule that crosses a line of
 * the block bounds a column, so a column that is empty in every row is still a column; a chunk goes to the cell its
 * line's own borders put it in, and a heading in a merged cell (whose inner borders stop above or below it) belongs
 * to the first column of its span, as a tab export prints it. Columns outside the table's text (a page frame) are
 * left out. Rows: see {@link #toRows}.
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

    /**
     * The table's rows as a grid of cells, page by page: a chunk belongs to the cell whose top border is the nearest
     * printed border above it, so the lines of a label or heading wrapped in its cell are one cell again, and a
     * heading in a cell merged over several rows sits in the first of them, as a tab export prints it. A page whose
     * rows are not separated by borders (none at all, or figures of two lines would run together in one cell) is
     * read line by line; a figure wrapped in a narrow cell reads whole.
     */
    @Override
    public List<PagedLine> toRows(List<PdfLine> block) {
        List<PagedLine> out = new ArrayList<>();
        CellText[] previous = null;
        int from = 0;
        while (from < block.size()) {
            int to = from;
            while (to < block.size() && block.get(to).page() == block.get(from).page()) {
                to++;
            }
            List<PdfLine> page = block.subList(from, to);
            List<CellText[]> rows = gridRows(page).orElseGet(() -> page.stream().map(this::cells).toList());
            for (int r = 0; r < rows.size(); r++) {
                if (r == 0 && previous != null && continuesOverPageBreak(previous, rows.get(0))) {
                    CellText.continueRow(previous, rows.get(0));
                    out.set(out.size() - 1, new PagedLine(out.get(out.size() - 1).page(), CellText.join(previous)));
                    continue;
                }
                out.add(new PagedLine(page.get(0).page(), CellText.join(rows.get(r))));
                previous = rows.get(r);
            }
            from = to;
        }
        return out;
    }

    /**
     * A row broken by a page break (word processors let a row run on): the first row of the new page has no code
     * and no figure, and its text sits only in text cells of the last row before the break, which has a code. A row
     * without a code in a table whose rows have codes is the rest of the row above.
     */
    private static boolean continuesOverPageBreak(CellText[] before, CellText[] after) {
        boolean coded = false;
        boolean any = false;
        for (int c = 0; c < after.length; c++) {
            coded |= before[c].isCode();
            if (after[c].isEmpty()) {
                continue;
            }
            any = true;
            if (after[c].hasFigure() || after[c].isCode() || before[c].isEmpty() || before[c].hasFigure()) {
                return false;
            }
        }
        return any && coded;
    }

    private CellText[] cells(PdfLine line) {
        CellText[] cells = CellText.row(bounds.length - 1);
        List<Float> borders = crossing(line, rules);
        for (TextChunk chunk : line.chunks()) {
            cells[columnOf(chunk.center(), borders)].add(chunk, 0);
        }
        return cells;
    }

    private Optional<List<CellText[]>> gridRows(List<PdfLine> lines) {
        PageRules pageRules = rules.getOrDefault(lines.get(0).page(), PageRules.NONE);
        float tableTop = Float.MAX_VALUE; // where the table's column borders start on this page
        for (VerticalRule rule : pageRules.verticals()) {
            if (rule.x() >= bounds[0] - SAME && rule.x() <= bounds[bounds.length - 1] + SAME
                    && lines.stream().anyMatch(l -> rule.crosses(l.middle()))) {
                tableTop = Math.min(tableTop, rule.top());
            }
        }
        float first = lines.get(0).middle();
        float last = lines.get(lines.size() - 1).middle();
        if (pageRules.horizontals().stream().noneMatch(r -> first < r.y() && r.y() < last && r.left() < bounds[bounds.length - 1] && bounds[0] < r.right())) {
            return Optional.empty(); // column borders only: every line is a row
        }
        TreeMap<Float, CellText[]> rows = new TreeMap<>();
        for (int l = 0; l < lines.size(); l++) {
            PdfLine line = lines.get(l);
            List<Float> borders = crossing(line, rules);
            for (TextChunk chunk : line.chunks()) {
                // a line above the borders (a caption in the block) is a row of its own; the first row may lack a top border
                float top = line.middle() < tableTop ? line.middle()
                        : pageRules.borderAbove(chunk.center(), line.middle(), tableTop - SAME).orElse(tableTop);
                Float key = rows.floorKey(top + SAME);
                if (key == null || top - key > SAME) {
                    key = top;
                    rows.put(key, CellText.row(bounds.length - 1));
                }
                rows.get(key)[columnOf(chunk.center(), borders)].add(chunk, l);
            }
        }
        for (CellText[] row : rows.values()) {
            for (CellText cell : row) {
                if (cell.figureFromSeveralLines() && !cell.isFigure()) {
                    return Optional.empty(); // "0.95" and "0.79" in one cell: rows that no border separates
                }
            }
        }
        return Optional.of(new ArrayList<>(rows.values()));
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
