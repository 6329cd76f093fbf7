package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.List;

/** Tidying a table read from a page. */
final class PageTables {

    private PageTables() {
    }

    /** Narrower than this (points), a column that holds no text is a sliver between two rulings a hair apart. */
    private static final float SLIVER = 6f;

    /**
     * Without the slivers: columns in which no cell starts, in any row, narrower than a character. A real column that
     * is empty in every row still stands (on a page of a table continued without its header, even its heading is
     * on another page).
     */
    static PageTable withoutEmptyColumns(PageTable table) {
        int width = table.width();
        boolean[] keep = new boolean[width];
        int kept = 0;
        for (int c = 0; c < width; c++) {
            if (table.edges()[c + 1] - table.edges()[c] >= SLIVER) {
                keep[c] = true;
                kept++;
                continue;
            }
            for (GridRow row : table.rows()) {
                if (!row.printed()[c].isBlank()) {
                    keep[c] = true;
                    kept++;
                    break;
                }
            }
        }
        if (kept == width || kept == 0) {
            return table;
        }
        float[] edges = new float[kept + 1];
        int e = 0;
        for (int c = 0; c < width; c++) {
            if (keep[c]) {
                edges[e++] = table.edges()[c];
            }
        }
        edges[kept] = table.edges()[width];
        List<GridRow> rows = new ArrayList<>(table.rows().size());
        for (GridRow row : table.rows()) {
            String[] printed = new String[kept];
            String[] covering = new String[kept];
            int k = 0;
            for (int c = 0; c < width; c++) {
                if (keep[c]) {
                    printed[k] = row.printed()[c];
                    covering[k] = row.covering()[c];
                    k++;
                }
            }
            rows.add(new GridRow(row.page(), row.top(), row.bottom(), printed, covering));
        }
        return new PageTable(table.page(), table.left(), table.top(), table.right(), table.bottom(), edges, rows, table.ruled());
    }

    /**
     * The table over other columns ({@code edges}, the borders of a table it goes on), each of its columns in the one
     * its middle falls in; none when two of its columns fall in one.
     */
    static java.util.Optional<PageTable> onColumns(PageTable table, float[] edges) {
        int width = edges.length - 1;
        int[] target = new int[table.width()];
        boolean[] taken = new boolean[width];
        for (int c = 0; c < table.width(); c++) {
            float middle = (table.edges()[c] + table.edges()[c + 1]) / 2;
            if (middle < edges[0] || middle > edges[width]) {
                return java.util.Optional.empty();
            }
            target[c] = Borders.indexOf(edges, middle);
            if (taken[target[c]]) {
                return java.util.Optional.empty();
            }
            taken[target[c]] = true;
        }
        List<GridRow> rows = new ArrayList<>(table.rows().size());
        for (GridRow row : table.rows()) {
            String[] printed = new String[width];
            String[] covering = new String[width];
            java.util.Arrays.fill(printed, "");
            java.util.Arrays.fill(covering, "");
            for (int c = 0; c < table.width(); c++) {
                printed[target[c]] = row.printed()[c];
                covering[target[c]] = row.covering()[c];
            }
            rows.add(new GridRow(row.page(), row.top(), row.bottom(), printed, covering));
        }
        return java.util.Optional.of(new PageTable(table.page(), table.left(), table.top(), table.right(), table.bottom(), edges, rows, false));
    }
}
