package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.text.PagedLine;

/** How the lines of one table block are cut into cells. */
interface TableColumns {

    /** The line's cells, one per column of the table, joined with tabs. */
    String toRow(PdfLine line);

    /** The block's rows, one per line (a table whose rows are not told apart by printed borders). */
    default List<PagedLine> toRows(List<PdfLine> block) {
        List<PagedLine> rows = new ArrayList<>(block.size());
        for (PdfLine line : block) {
            rows.add(new PagedLine(line.page(), toRow(line)));
        }
        return rows;
    }

    /** Appends a chunk to a cell: Latin text and figures keep a space between chunks, Chinese runs on. */
    static void append(StringBuilder cell, TextChunk chunk) {
        if (cell.length() > 0 && chunk.text().charAt(0) < 0x2E80) {
            cell.append(' ');
        }
        cell.append(chunk.text().replace('\t', ' '));
    }

    static String join(StringBuilder[] cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(cells[i]);
        }
        return line.toString();
    }
}
