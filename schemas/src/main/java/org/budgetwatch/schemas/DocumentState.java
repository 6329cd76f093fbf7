package org.budgetwatch.schemas;

/**
 * Where a document is in the pipeline, as the ingest's status API and the read model say it: accepted, its tables
 * extracted, its report published, or rejected with a reason. A document ends VALIDATED or REJECTED, exactly once.
 */
public enum DocumentState {
    RECEIVED, EXTRACTED, VALIDATED, REJECTED;

    /** Whether the document has its outcome: a report or a rejection. */
    public boolean ended() {
        return this == VALIDATED || this == REJECTED;
    }
}
