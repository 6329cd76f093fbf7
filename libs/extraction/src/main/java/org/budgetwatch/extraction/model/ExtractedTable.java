package org.budgetwatch.extraction.model;

import java.util.List;
import org.budgetwatch.extraction.amount.AmountUnit;

/**
 * One table as read: its standard type, printed title, unit, header paths and rows.
 *
 * @param columns     the figure columns (each row has one cell per figure column)
 * @param textColumns the columns that print words, not figures (a date, a person, a note; each row's texts)
 */
public record ExtractedTable(int index, TableType type, String title, TableSide side, AmountUnit unit, LineSpan location,
                             List<TableColumn> columns, List<TableRow> rows, String emptyNote, List<TableColumn> textColumns) {

    public ExtractedTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        textColumns = textColumns == null ? List.of() : List.copyOf(textColumns);
    }

    /** A table without text columns. */
    public ExtractedTable(int index, TableType type, String title, TableSide side, AmountUnit unit, LineSpan location,
                          List<TableColumn> columns, List<TableRow> rows, String emptyNote) {
        this(index, type, title, side, unit, location, columns, rows, emptyNote, List.of());
    }

    /**
     * Nothing printed in any cell: no rows, or rows (a 合计 line, say) whose cells are all blank. An empty table. A
     * performance target table is a form of text (targets, indicators): any row it prints is content.
     */
    public boolean isBlank() {
        if (type == TableType.PERFORMANCE_TARGETS && rows.stream().anyMatch(r -> !r.label().isBlank())) {
            return false;
        }
        return rows.stream().allMatch(r -> r.cells().stream().allMatch(c -> c.text() == null) && r.texts().isEmpty());
    }
}
