package org.budgetwatch.extraction.model;

/** What a disclosure says about itself; any part may be null when the document does not state it. */
public record DocumentMetadata(String title, String department, String region, Integer fiscalYear, DocumentKind kind) {
}
