package org.budgetwatch.extraction.model;

/** Either the document as read, or why it could not be read. Never both, never neither. */
public sealed interface ExtractionResult {

    record Extracted(ExtractedDocument document) implements ExtractionResult {
    }

    record Rejected(RejectionReason reason, String message) implements ExtractionResult {
    }
}
