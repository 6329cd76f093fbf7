package org.budgetwatch.ingest.ledger;

/** Where a document is in the pipeline. */
public enum DocumentState {
    RECEIVED, EXTRACTED, VALIDATED, REJECTED
}
