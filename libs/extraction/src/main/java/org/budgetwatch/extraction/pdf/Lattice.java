package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table printed with rulings, as the grid its lines make: the x of every column border, the y of every row
 * border, and which borders are missing, so that cells merged over several columns or rows (a heading spanning its
 * sub-headings, a 合计 over the code and name columns) are one cell. A side printed open (no outer border) is a
 * border all the same, at the end of the lines that reach it.
 */
final class Lattice {

    /** Rulings this close (points) touch. */
    static final float TOUCH = 2.5f;
    /** A border that covers at least this share of a cell's side separates the cells on both sides of it. */
    private static final float COVERED = 0.6f;

    private final int page;
    private final float[] xs;
    private final float[] ys;
    private final boolean[][] verticalBorder; // [column border index][row] : border at xs[c] beside row r
    private final boolean[][] horizontalBorder; // [row border index][column] : border at ys[r] above column c

    private Lattice(int page, float[] xs, float[] ys, boolean[][] verticalBorder, boolean[][] horizontalBorder) {
        this.page = page;
        this.xs = xs;
        this.ys = ys;
        this.verticalBorder = verticalBorder;
        this.horizontalBorder = horizontalBorder;
    }

    static Lattice of(int page, List<HorizontalRuling> hs, List<VerticalRuling> vs) {
        List<Float> xValues = new ArrayList<>();
        List<Float> yValues = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (VerticalRuling v : vs) {
            xValues.add(v.x());
            top = Math.min(top, v.top());
            bottom = Math.max(bottom, v.bottom());
        }
        for (HorizontalRuling h : hs) {
            yValues.add(h.y());
            left = Math.min(left, h.left());
            right = Math.max(right, h.right());
        }
        if (!vs.isEmpty() && hs.isEmpty()) {
            left = right = vs.get(0).x();
        }
        xValues.add(left);
        xValues.add(right);
        yValues.add(top);
        yValues.add(bottom);
        float[] xs = Borders.distinct(xValues, TOUCH);
        float[] ys = Borders.distinct(yValues, TOUCH);
        boolean[][] vertical = new boolean[xs.length][Math.max(0, ys.length - 1)];
        for (int c = 0; c < xs.length; c++) {
            for (int r = 0; r + 1 < ys.length; r++) {
                vertical[c][r] = c == 0 || c == xs.length - 1 || coveredVertically(vs, xs[c], ys[r], ys[r + 1]);
            }
        }
        boolean[][] horizontal = new boolean[ys.length][Math.max(0, xs.length - 1)];
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c + 1 < xs.length; c++) {
                horizontal[r][c] = r == 0 || r == ys.length - 1 || coveredHorizontally(hs, ys[r], xs[c], xs[c + 1]);
            }
        }
        return new Lattice(page, xs, ys, vertical, horizontal);
    }

    int page() {
        return page;
    }

    int columns() {
        return xs.length - 1;
    }

    int rows() {
        return ys.length - 1;
    }

    float left() {
        return xs[0];
    }

    float right() {
        return xs[xs.length - 1];
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    float columnLeft(int column) {
        return xs[column];
    }

    float columnRight(int column) {
        return xs[column + 1];
    }

    float rowTop(int row) {
        return ys[row];
    }

    float rowBottom(int row) {
        return ys[row + 1];
    }

    /** Whether a border separates column {@code column} from the one right of it, beside row {@code row}. */
    boolean bordersRight(int column, int row) {
        return verticalBorder[column + 1][row];
    }

    /** Whether a border separates row {@code row} from the one below it, over column {@code column}. */
    boolean bordersBelow(int row, int column) {
        return horizontalBorder[row + 1][column];
    }

    /** Whether the point lies inside the table's outer borders. */
    boolean contains(float x, float y) {
        return x >= xs[0] - 1 && x <= xs[xs.length - 1] + 1 && y >= ys[0] - 1 && y <= ys[ys.length - 1] + 1;
    }

    int columnAt(float x) {
        return Borders.indexOf(xs, x);
    }

    int rowAt(float y) {
        return Borders.indexOf(ys, y);
    }

    private static boolean coveredVertically(List<VerticalRuling> vs, float x, float from, float to) {
        List<float[]> spans = new ArrayList<>();
        for (VerticalRuling v : vs) {
            if (Math.abs(v.x() - x) <= TOUCH && v.bottom() > from && v.top() < to) {
                spans.add(new float[] {Math.max(from, v.top()), Math.min(to, v.bottom())});
            }
        }
        return Borders.covered(spans) >= COVERED * (to - from);
    }

    private static boolean coveredHorizontally(List<HorizontalRuling> hs, float y, float from, float to) {
        List<float[]> spans = new ArrayList<>();
        for (HorizontalRuling h : hs) {
            if (Math.abs(h.y() - y) <= TOUCH && h.right() > from && h.left() < to) {
                spans.add(new float[] {Math.max(from, h.left()), Math.min(to, h.right())});
            }
        }
        return Borders.covered(spans) >= COVERED * (to - from);
    }
}
