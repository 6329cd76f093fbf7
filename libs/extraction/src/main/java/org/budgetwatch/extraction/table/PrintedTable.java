package org.budgetwatch.extraction.table;

import java.util.List;
import org.budgetwatch.extraction.amount.AmountUnit;

/**
 * A table whose grid a paged-format reader recovered from the page itself (PDF): its printed title and unit (either
 * may be null or UNKNOWN), the sentence after it, and its rows, header rows first, joined over page breaks.
 *
 * @param firstLine the line of the document layout where the table starts; each row names its own line
 */
public record PrintedTable(String title, AmountUnit unit, String noteAfter, int firstLine, int lastLine, List<Row> rows) {

    public PrintedTable {
        rows = List.copyOf(rows);
    }

    /**
     * One printed row.
     *
     * @param printed  per column, the text of the cell that starts there ("" where none does)
     * @param covering per column, the text of the cell that covers it, merged cells spread over their span
     */
    public record Row(int line, Integer page, List<String> printed, List<String> covering) {

        public Row {
            printed = List.copyOf(printed);
            covering = List.copyOf(covering);
        }
    }
}
