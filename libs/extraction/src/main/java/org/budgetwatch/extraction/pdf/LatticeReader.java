package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a ruled table's cells: cells merged where a border is missing, each glyph in the cell its centre falls in,
 * a cell's lines joined (a label or heading wrapped in its cell is whole again). Where the rows of a stretch of the
 * table are not separated by borders (several figures one above the other in one cell), the stretch is cut into
 * rows line by line ({@link RowGrouping}).
 */
final class LatticeReader {

    private final Lattice lattice;
    private final int columns;
    private final int rows;
    private final int[] root; // elementary cell (row * columns + column) -> its merged cell's first elementary cell
    private final List<List<Glyph>> glyphs; // by merged cell root
    private final int[] lastRow; // by merged cell root: the last row it covers

    private LatticeReader(Lattice lattice) {
        this.lattice = lattice;
        this.columns = lattice.columns();
        this.rows = lattice.rows();
        this.root = new int[columns * rows];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && !lattice.bordersRight(c, r)) {
                    union(r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !lattice.bordersBelow(r, c)) {
                    union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        glyphs = new ArrayList<>(root.length);
        lastRow = new int[root.length];
        for (int i = 0; i < root.length; i++) {
            glyphs.add(null);
            int cell = find(i);
            lastRow[cell] = Math.max(lastRow[cell], i / columns);
        }
    }

    /** The table, with the glyphs it holds removed from {@code pageGlyphs}. */
    static PageTable read(Lattice lattice, List<Glyph> pageGlyphs) {
        LatticeReader reader = new LatticeReader(lattice);
        List<Glyph> rest = new ArrayList<>(pageGlyphs.size());
        for (Glyph glyph : pageGlyphs) {
            if (lattice.contains(glyph.centerX(), glyph.centerY())) {
                reader.add(glyph);
            } else {
                rest.add(glyph);
            }
        }
        pageGlyphs.clear();
        pageGlyphs.addAll(rest);
        return reader.table();
    }

    private void add(Glyph glyph) {
        int cell = find(lattice.rowAt(glyph.centerY()) * columns + lattice.columnAt(glyph.centerX()));
        if (glyphs.get(cell) == null) {
            glyphs.set(cell, new ArrayList<>());
        }
        glyphs.get(cell).add(glyph);
    }

    private PageTable table() {
        List<GridRow> out = new ArrayList<>();
        String[] covering = new String[columns]; // of cells merged from the row above
        for (int r = 0; r < rows; r++) {
            if (severalRowsIn(r)) {
                out.addAll(rowsByLines(r));
                continue;
            }
            String[] printed = new String[columns];
            String[] cover = new String[columns];
            for (int c = 0; c < columns; c++) {
                int cell = find(r * columns + c);
                int cellRow = cell / columns;
                int cellColumn = cell % columns;
                String text = text(cell);
                printed[c] = cellRow == r && cellColumn == c ? text : "";
                cover[c] = cellRow == r ? text : covering[c];
            }
            System.arraycopy(cover, 0, covering, 0, columns);
            out.add(new GridRow(lattice.page(), lattice.rowTop(r), lattice.rowBottom(r), printed, cover));
        }
        float[] edges = new float[columns + 1];
        for (int c = 0; c <= columns; c++) {
            edges[c] = c < columns ? lattice.columnLeft(c) : lattice.right();
        }
        return new PageTable(lattice.page(), lattice.left(), lattice.top(), lattice.right(), lattice.bottom(), edges, out, true);
    }

    /** A cell of this row that lies in it alone holds figures on two or more lines: rows no border separates. */
    private boolean severalRowsIn(int r) {
        for (int c = 0; c < columns; c++) {
            int cell = find(r * columns + c);
            if (cell / columns != r || cell % columns != c || !withinRow(cell, r) || glyphs.get(cell) == null) {
                continue;
            }
            List<TextLine> lines = TextLine.of(glyphs.get(cell));
            int figures = 0;
            for (TextLine line : lines) {
                figures += VisualLine.isFigure(line.text()) ? 1 : 0;
            }
            if (figures >= 2 && !VisualLine.isFigure(text(cell))) {
                return true; // two figures one above the other; a figure wrapped in a narrow cell reads as one
            }
        }
        return false;
    }

    private boolean withinRow(int cell, int r) {
        return cell / columns == r && lastRow[cell] == r;
    }

    /** The row cut into rows by its printed lines, each cell's text line by line in its first column. */
    private List<GridRow> rowsByLines(int r) {
        List<Glyph> band = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int cell = find(r * columns + c);
            if (cell / columns == r && cell % columns == c && glyphs.get(cell) != null) {
                band.addAll(glyphs.get(cell));
            }
        }
        List<TextLine> lines = TextLine.of(band);
        List<VisualLine> visual = new ArrayList<>();
        for (TextLine line : lines) {
            List<List<Glyph>> byColumn = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                byColumn.add(new ArrayList<>());
            }
            for (Glyph g : line.glyphs()) {
                byColumn.get(find(r * columns + lattice.columnAt(g.centerX())) % columns).add(g);
            }
            String[] cells = new String[columns];
            for (int c = 0; c < columns; c++) {
                cells[c] = byColumn.get(c).isEmpty() ? "" : new TextLine(byColumn.get(c)).text();
            }
            visual.add(new VisualLine(line.baseline(), line.size(), cells));
        }
        List<GridRow> out = new ArrayList<>();
        for (List<Integer> group : RowGrouping.rows(visual)) {
            String[] printed = new String[columns];
            java.util.Arrays.fill(printed, "");
            for (int index : group) {
                String[] cells = visual.get(index).cells();
                for (int c = 0; c < columns; c++) {
                    printed[c] = printed[c] + cells[c];
                }
            }
            float top = lines.get(group.get(0)).top();
            float bottom = lines.get(group.get(group.size() - 1)).baseline();
            out.add(GridRow.of(lattice.page(), top, bottom, printed));
        }
        return out;
    }

    private String text(int cell) {
        List<Glyph> inCell = glyphs.get(cell);
        if (inCell == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (TextLine line : TextLine.of(inCell)) {
            text.append(line.text());
        }
        return text.toString();
    }

    private int find(int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** The merged cell is named by its top-left elementary cell (the smaller index). */
    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            root[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
