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
}
