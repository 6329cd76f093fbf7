package org.budgetwatch.extraction.table;

import java.util.List;
import org.budgetwatch.extraction.amount.AmountUnit;

/**
 * A run of table rows with what stands above it: the printed title and unit (either may be missing), and the
 * first line of text after it (where an empty table says why it is empty).
 */
record TableBlock(String title, AmountUnit unit, List<SourceLine> rows, int firstLine, int lastLine, String noteAfter) {

    /** The page the table starts on, for paged formats. */
    Integer page() {
        return rows.isEmpty() ? null : rows.get(0).page();
    }
}
