package org.budgetwatch.ingest.submission;

/** A document over the configured size limit (413). */
public class DocumentTooLargeException extends RuntimeException {
    public DocumentTooLargeException(long size, long limit) {
        super("The file has " + size + " bytes; the limit is " + limit + " bytes");
    }
}
