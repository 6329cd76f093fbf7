package org.budgetwatch.extraction.model;

import java.util.List;
import java.util.Optional;

public record TableRow(int index, String label, String code, CodeKind codeKind, CodeLevel level, boolean total,
                       int line, List<TableCell> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    public Optional<TableCell> cell(int column) {
        return cells.stream().filter(c -> c.column() == column).findFirst();
    }
}
