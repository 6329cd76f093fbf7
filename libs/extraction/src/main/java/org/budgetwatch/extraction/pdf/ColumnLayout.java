package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.text.PagedLine;

/**
 * The columns of a block of table rows printed without cell borders (stream), rebuilt from positions: the
 * horizontal extents of the chunks of the rows that carry figures are merged, and every gap that no chunk crosses
 * separates two columns. Each chunk then goes to the column its centre falls in (or the nearest), so an empty cell
 * stays an empty cell. A heading over a column that is empty in every row joins its neighbour's column here: only
 * printed borders (see {@link RuledColumns}) tell such a column from a heading centred over two.
 */
final class ColumnLayout implements TableColumns {

    private final List<float[]> columns;

    private ColumnLayout(List<float[]> columns) {
        this.columns = columns;
    }

    static ColumnLayout of(List<PdfLine> rows) {
        List<PdfLine> withFigures = rows.stream().filter(ColumnLayout::hasFigure).toList();
        List<PdfLine> basis = withFigures.size() >= 2 ? withFigures : rows;
        List<float[]> extents = new ArrayList<>();
        for (PdfLine row : basis) {
            for (TextChunk chunk : row.chunks()) {
                extents.add(new float[] {chunk.xStart(), chunk.xEnd()});
            }
        }
        extents.sort(Comparator.comparingDouble(e -> e[0]));
        List<float[]> merged = new ArrayList<>();
        for (float[] extent : extents) {
            if (!merged.isEmpty() && extent[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], extent[1]);
            } else {
                merged.add(new float[] {extent[0], extent[1]});
            }
        }
        return new ColumnLayout(merged);
    }

    /** One row per line: without printed borders nothing tells a wrapped cell from the next row. */
    @Override
    public List<PagedLine> toRows(List<PdfLine> block) {
        List<PagedLine> rows = new ArrayList<>(block.size());
        for (PdfLine line : block) {
            CellText[] cells = CellText.row(columns.size());
            for (TextChunk chunk : line.chunks()) {
                cells[columnOf(chunk.center())].add(chunk, 0);
            }
            rows.add(new PagedLine(line.page(), CellText.join(cells)));
        }
        return rows;
    }

    private int columnOf(float x) {
        int best = 0;
        float bestDistance = Float.MAX_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            float[] c = columns.get(i);
            float distance = x < c[0] ? c[0] - x : x > c[1] ? x - c[1] : 0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** Whether a chunk of the line reads as a figure (an amount, or a code). */
    private static boolean hasFigure(PdfLine row) {
        return row.chunks().stream().anyMatch(c -> AmountParser.parseCell(c.text(), AmountUnit.UNKNOWN).isPresent());
    }
}
