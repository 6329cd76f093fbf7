package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The header of a table printed without rulings, read as its cells: the words of the header's lines stacked into
 * cells (the lines of a heading wrapped in its cell share its column span and are set a line apart), the cells put in
 * rows (those centred, or topped, alike in one row: a heading of one line beside a heading of three is centred on
 * its middle line), and each cell over the columns it stands over.
 */
final class StreamHeader {

    /** The lines of one cell are at most this far apart (baseline to baseline, in type sizes). */
    private static final float WRAPPED = 1.5f;
    /** Lines closer than this (in type sizes) cannot be two lines of one cell: they are of cells beside each other. */
    static final float INTERLEAVED = 0.95f;
    /** Cells of one header row are centred (or topped) within this (in type sizes) of each other. */
    private static final float SAME_ROW = 0.5f;

    /** A header cell: the words of its lines, top to bottom, and where it stands. */
    private static final class Cell {
        final StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float firstBaseline;
        float lastBaseline;
        float top;
        float size;
        TextLine first;
        TextLine lastWord;

        void add(TextLine line, TextLine word) {
            if (first == null) {
                first = line;
                firstBaseline = word.baseline();
                top = word.top();
            }
            text.append(word.text());
            left = Math.min(left, word.left());
            right = Math.max(right, word.right());
            lastBaseline = word.baseline();
            size = Math.max(size, word.size());
            lastWord = word;
        }

        float middle() {
            return (firstBaseline + lastBaseline) / 2;
        }

        float centre() {
            return (left + right) / 2;
        }

        boolean overlaps(float otherLeft, float otherRight) {
            return left < otherRight && otherLeft < right;
        }
    }

    private StreamHeader() {
    }

    /** The header's rows over the table's columns ({@code edges}); rows of lines from the page before name it. */
    static List<GridRow> rows(int page, List<TextLine> lines, float[] edges, Set<TextLine> fromPageBefore) {
        List<List<Cell>> rows = inRows(cells(lines));
        int width = edges.length - 1;
        List<GridRow> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            row.sort(Comparator.comparingDouble(c -> c.left));
            float[] subheadings = subheadings(rows.subList(r + 1, rows.size()), edges, Cell::centre);
            float[] subheadingLefts = subheadings(rows.subList(r + 1, rows.size()), edges, c -> c.left);
            List<int[]> spans = widenedOverTheirSubheadings(row, edges, subheadings, subheadingLefts);
            String[] printed = new String[width];
            String[] covering = new String[width];
            Arrays.fill(printed, "");
            Arrays.fill(covering, "");
            for (int k = 0; k < row.size(); k++) {
                int[] span = spans.get(k);
                String text = row.get(k).text.toString();
                printed[span[0]] = printed[span[0]].isEmpty() ? text : printed[span[0]] + text;
                for (int c = span[0]; c <= span[1]; c++) {
                    covering[c] = covering[c].isEmpty() ? text : covering[c] + text;
                }
            }
            Cell first = row.stream().min(Comparator.comparingDouble(c -> c.top)).orElseThrow();
            float bottom = (float) row.stream().mapToDouble(c -> c.lastBaseline).max().orElse(first.lastBaseline);
            int printedOn = fromPageBefore.contains(first.first) ? page - 1 : page;
            grid.add(new GridRow(printedOn, first.top, bottom, printed, covering));
        }
        return grid;
    }

    /** The header's cells, row by row, each as its extent {left, right}. */
    static List<List<float[]>> cellExtents(List<TextLine> lines) {
        List<List<float[]>> rows = new ArrayList<>();
        for (List<Cell> row : inRows(cells(lines))) {
            rows.add(row.stream().sorted(Comparator.comparingDouble(c -> c.left)).map(c -> new float[] {c.left, c.right}).toList());
        }
        return rows;
    }

    /**
     * The header's words stacked into cells, line by line: a word joins the cell of the nearest word above it that it
     * shares columns with, a line's height above or less, when its line goes on the cells above (each of its words
     * under a cell above, no two under one) or is set between the lines of cells beside it (cells of several lines
     * beside cells of one, all centred in their row). Otherwise it starts a cell.
     */
    private static List<Cell> cells(List<TextLine> lines) {
        List<Cell> cells = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            TextLine line = lines.get(l);
            List<TextLine> words = StreamTables.columnRuns(line);
            List<Cell> above = new ArrayList<>();
            for (TextLine word : words) {
                above.add(cellAbove(cells, word));
            }
            boolean interleaved = l > 0 && line.baseline() - lines.get(l - 1).baseline() < INTERLEAVED * line.size()
                    || l + 1 < lines.size() && lines.get(l + 1).baseline() - line.baseline() < INTERLEAVED * line.size();
            boolean goesOn = above.stream().allMatch(c -> c != null) && above.stream().distinct().count() == above.size();
            for (int w = 0; w < words.size(); w++) {
                Cell cell = above.get(w);
                boolean alone = cell != null && above.indexOf(cell) == above.lastIndexOf(cell);
                if (cell == null || !alone || !goesOn && !interleaved) {
                    cell = new Cell();
                    cells.add(cell);
                }
                cell.add(line, words.get(w));
            }
        }
        return cells;
    }

    /** The cell whose last word is nearest above this one in its columns, if a line's height or less above it. */
    private static Cell cellAbove(List<Cell> cells, TextLine word) {
        Cell nearest = null;
        for (Cell cell : cells) {
            if (cell.lastWord.left() < word.right() && word.left() < cell.lastWord.right() && cell.lastBaseline < word.baseline() - 0.3f * word.size()
                    && (nearest == null || cell.lastBaseline > nearest.lastBaseline)) {
                nearest = cell;
            }
        }
        return nearest != null && word.baseline() - nearest.lastBaseline <= WRAPPED * word.size() ? nearest : null;
    }

    /**
     * The cells in rows, top to bottom: cells centred (or topped) alike and side by side are one row; a cell centred
     * between two rows (a heading over both rows' height) is a row of its own.
     */
    private static List<List<Cell>> inRows(List<Cell> cells) {
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingDouble(Cell::middle));
        List<List<Cell>> rows = new ArrayList<>();
        for (Cell cell : sorted) {
            List<Cell> row = rows.stream().filter(r -> fits(r, cell)).findFirst().orElse(null);
            if (row == null) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(cell);
        }
        rows.sort(Comparator.comparingDouble(r -> r.stream().mapToDouble(Cell::middle).min().orElse(0)));
        return rows;
    }

    private static boolean fits(List<Cell> row, Cell cell) {
        boolean aligned = false;
        for (Cell other : row) {
            if (other.overlaps(cell.left, cell.right)) {
                return false;
            }
            float tolerance = SAME_ROW * Math.max(cell.size, other.size);
            aligned |= Math.abs(other.middle() - cell.middle()) <= tolerance || Math.abs(other.top - cell.top) <= tolerance;
        }
        return aligned;
    }

    /** Where the cell each column has in the first of these (lower) header rows that heads it stands, NaN for none. */
    private static float[] subheadings(List<List<Cell>> rows, float[] edges, java.util.function.ToDoubleFunction<Cell> where) {
        float[] middles = new float[edges.length - 1];
        Arrays.fill(middles, Float.NaN);
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                int[] under = columnsUnder(edges, cell.left, cell.right);
                for (int c = under[0]; c <= under[1]; c++) {
                    middles[c] = Float.isNaN(middles[c]) ? (float) where.applyAsDouble(cell) : middles[c];
                }
            }
        }
        return middles;
    }

    /**
     * The columns each heading of a row stands over. A heading centred over several columns that have headings of
     * their own below (本年一般公共预算基本支出 over 合计, 人员经费 and 公用经费) is narrower than they are together, so
     * its text overlaps only the middle one: it is widened over the sub-headed columns beside it that no other heading
     * of the row claims, to the widest run of them whose outer sub-headings it stands centred between.
     */
    private static List<int[]> widenedOverTheirSubheadings(List<Cell> row, float[] edges, float[] subheadings, float[] subheadingLefts) {
        List<int[]> spans = new ArrayList<>();
        row.forEach(cell -> spans.add(columnsUnder(edges, cell.left, cell.right)));
        for (int r = 0; r < row.size(); r++) {
            int[] span = spans.get(r);
            int leftmost = r == 0 ? 0 : spans.get(r - 1)[1] + 1;
            int rightmost = r + 1 == row.size() ? edges.length - 2 : spans.get(r + 1)[0] - 1;
            int from = span[0];
            while (from - 1 >= leftmost && !Float.isNaN(subheadings[from - 1])) {
                from--;
            }
            int to = span[1];
            while (to + 1 <= rightmost && !Float.isNaN(subheadings[to + 1])) {
                to++;
            }
            float middle = row.get(r).centre();
            int[] best = span;
            if (span[0] == span[1] && Math.abs(row.get(r).left - subheadingLefts[span[0]]) < SAME_ROW * row.get(r).size) {
                continue; // set flush with the heading under it, as every cell of a page whose cells are not centred: its own column
            }
            for (int a = from; a <= span[0]; a++) {
                for (int b = span[1]; b <= to; b++) {
                    float between = (subheadings[a] + subheadings[b]) / 2;
                    float tolerance = Math.max(row.get(r).size, 0.05f * (subheadings[b] - subheadings[a]));
                    if (Math.abs(between - middle) <= tolerance && b - a > best[1] - best[0]) {
                        best = new int[] {a, b};
                    }
                }
            }
            spans.set(r, best);
        }
        return spans;
    }

    /**
     * The columns a heading stands over: those it overlaps by half its width or by half theirs, at least the one it
     * overlaps most. A heading centred over a column of right-aligned figures reaches into the gap before them, which
     * the column borders (half-way between the figures) give to the column on the left; it does not stand over it.
     */
    static int[] columnsUnder(float[] edges, float left, float right) {
        float width = right - left;
        int from = -1;
        int to = -1;
        int most = 0;
        float mostOverlap = -Float.MAX_VALUE;
        for (int c = 0; c + 1 < edges.length; c++) {
            float overlap = Math.min(right, edges[c + 1]) - Math.max(left, edges[c]);
            if (overlap > mostOverlap) {
                mostOverlap = overlap;
                most = c;
            }
            if (overlap > 0 && (overlap >= width / 2 || overlap >= (edges[c + 1] - edges[c]) / 2)) {
                from = from < 0 ? c : from;
                to = c;
            }
        }
        return from < 0 ? new int[] {most, most} : new int[] {from, to};
    }
}
