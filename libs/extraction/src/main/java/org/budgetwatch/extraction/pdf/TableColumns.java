package org.budgetwatch.extraction.pdf;

import java.util.List;
import org.budgetwatch.extraction.text.PagedLine;

/** How the lines of one table block are cut into cells. */
interface TableColumns {

    /** The block's rows, each as its cells, one per column of the table, joined with tabs. */
    List<PagedLine> toRows(List<PdfLine> block);
}
