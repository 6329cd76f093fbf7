package org.budgetwatch.readmodel;

import java.time.Duration;

/** A search that took longer than its time and was stopped (503: the service is not free to spend more on one request). */
public class SearchTimeoutException extends RuntimeException {

    public SearchTimeoutException(Duration limit) {
        super("The search took longer than " + limit.toMillis() + " ms and was stopped; narrow the query");
    }
}
