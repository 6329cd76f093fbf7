package org.budgetwatch.ingest.submission;

/** @param isNew false when the same bytes had been accepted before (nothing was published again) */
public record Acceptance(String documentId, boolean isNew) {
}
