package org.budgetwatch.ingest.submission;

/** A submission refused before anything was published (400). */
public class InvalidSubmissionException extends RuntimeException {
    public InvalidSubmissionException(String message) {
        super(message);
    }
}
