package org.budgetwatch.readmodel;

/** A search query that cannot be parsed (400). */
public class InvalidQueryException extends RuntimeException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
