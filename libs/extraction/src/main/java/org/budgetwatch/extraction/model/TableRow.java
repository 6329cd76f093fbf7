package org.budgetwatch.extraction.model;

import java.util.List;
import java.util.Optional;

public record TableRow(int index, String label, String code, CodeKind codeKind, CodeLevel level, boolean total,
                       int line, List<TableCell> cells) {

    public TableRow {
        cells = List.copyOf(cells);
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
