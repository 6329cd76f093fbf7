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

    private static final java.util.regex.Pattern FORM_TITLE = java.util.regex.Pattern.compile(".*(绩效目标|绩效自评|绩效评价|自评表|申报表|评价表).*");


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
    /** 绩效目标表, 自评表, 申报表: a form of targets, indicators and descriptions, read by section, never judged by its figures. */
    public boolean isForm() {
        return type == TableType.PERFORMANCE_TARGETS || isFormTitle(title);
    }

    public static boolean isFormTitle(String title) {
        return title != null && FORM_TITLE.matcher(title).matches();
    }

    public boolean isBlank() {
        if (type == TableType.PERFORMANCE_TARGETS && rows.stream().anyMatch(r -> !r.label().isBlank())) {
            return false;
        }
        return rows.stream().allMatch(r -> r.cells().stream().allMatch(c -> c.text() == null) && r.texts().isEmpty());
    }
}
