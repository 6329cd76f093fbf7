package org.budgetwatch.ingest.api;

/** The pipeline has as many unfinished documents as it may: the client is asked to come back (503, Retry-After). */
public class PipelineBusyException extends RuntimeException {

    public PipelineBusyException(int inFlight) {
        super("The pipeline is busy with " + inFlight + " documents; retry later");
    }
}
