package org.budgetwatch.extraction.model;

import java.util.List;
import java.util.Optional;

/**
 * One row of a table as read.
 *
 * @param label the row's printed name (without its code)
 * @param code  the full code (a code printed in 类/款/项 columns joined), null when the row has none
 * @param line  1-based line of the document as laid out (a sequence number for paged formats)
 * @param page  1-based page the row is printed on, null for formats without pages
 * @param cells one per figure column of the table (blank where nothing is printed)
 * @param texts what the row prints in the table's text columns (a date, a person, a note): words, not figures
 */
public record TableRow(int index, String label, String code, CodeKind codeKind, CodeLevel level, boolean total,
                       int line, List<TableCell> cells, Integer page, List<TableCell> texts) {

    public TableRow {
        cells = List.copyOf(cells);
        texts = texts == null ? List.of() : List.copyOf(texts);
    }

    /** A row without text columns. */
    public TableRow(int index, String label, String code, CodeKind codeKind, CodeLevel level, boolean total, int line,
                    List<TableCell> cells, Integer page) {
        this(index, label, code, codeKind, level, total, line, cells, page, List.of());
    }

    public Optional<TableCell> cell(int column) {
        for (TableCell cell : cells) {
            if (cell.column() == column) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }
}
