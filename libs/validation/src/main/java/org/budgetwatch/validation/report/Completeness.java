package org.budgetwatch.validation.report;

import java.util.List;
import org.budgetwatch.extraction.model.TableType;

/** Which standard tables a document has, lacks, and which of its empty tables say why they are empty. */
public record Completeness(List<TableType> present, List<TableType> missing, List<String> emptyWithNote, List<String> emptyWithoutNote) {

    public Completeness {
        present = List.copyOf(present);
        missing = List.copyOf(missing);
        emptyWithNote = List.copyOf(emptyWithNote);
        emptyWithoutNote = List.copyOf(emptyWithoutNote);
    }
}
