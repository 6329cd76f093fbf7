package org.budgetwatch.extraction.pdf;

import java.util.List;

/**
 * A table as printed on one page: its rows over its columns ({@code edges}: the x of each column border, left to
 * right), where it stands, and whether rulings or positions gave its grid.
 */
record PageTable(int page, float left, float top, float right, float bottom, float[] edges, List<GridRow> rows, boolean ruled) {

    PageTable {
        rows = List.copyOf(rows);
    }

    int width() {
        return edges.length - 1;
    }
}
