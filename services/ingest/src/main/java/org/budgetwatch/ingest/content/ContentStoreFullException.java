package org.budgetwatch.ingest.content;

/** The content store has no room for another claim-checked document (507 Insufficient Storage). */
public class ContentStoreFullException extends RuntimeException {

    public ContentStoreFullException(String message) {
        super(message);
    }
}
