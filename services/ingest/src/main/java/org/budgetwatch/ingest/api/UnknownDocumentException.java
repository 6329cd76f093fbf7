package org.budgetwatch.ingest.api;

/** No document with this id has entered the pipeline (404). */
public class UnknownDocumentException extends RuntimeException {
    public UnknownDocumentException(String documentId) {
        super("No document with id " + documentId);
    }
}
