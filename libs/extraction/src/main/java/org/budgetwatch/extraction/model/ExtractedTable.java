package org.budgetwatch.extraction.model;

import java.util.List;
import org.budgetwatch.extraction.amount.AmountUnit;

/** One table as read: its standard type, printed title, unit, header paths and rows. */
public record ExtractedTable(int index, TableType type, String title, TableSide side, AmountUnit unit, LineSpan location,
                             List<TableColumn> columns, List<TableRow> rows, String emptyNote) {

    public ExtractedTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * Nothing printed in any cell: no rows, or rows (a 合计 line, say) whose cells are all blank. An empty table. A
     * performance target table is a form of text (targets, indicators): any row it prints is content.
     */
    public boolean isBlank() {
        if (type == TableType.PERFORMANCE_TARGETS && rows.stream().anyMatch(r -> !r.label().isBlank())) {
            return false;
        }
        return rows.stream().allMatch(r -> r.cells().stream().allMatch(c -> c.text() == null));
    }
}
