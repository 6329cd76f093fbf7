package org.budgetwatch.extraction.model;

import java.util.List;

/** Everything read from one disclosure. */
public record ExtractedDocument(String mediaType, DocumentMetadata metadata, List<ExtractedTable> tables,
                                List<NarrativeStatement> statements) {

    public ExtractedDocument {
        tables = List.copyOf(tables);
        statements = List.copyOf(statements);
    }
}
