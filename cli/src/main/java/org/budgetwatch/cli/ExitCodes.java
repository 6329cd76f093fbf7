package org.budgetwatch.cli;

/** Exit codes shared by the subcommands. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int WARNINGS = 1;
    public static final int ERRORS = 2;
    public static final int UNREADABLE_INPUT = 3;
    /** load, replay: the stack (ingest, projection, Kafka or the registry) could not be reached. */
    public static final int UNAVAILABLE = 4;

    private ExitCodes() {
    }
}
