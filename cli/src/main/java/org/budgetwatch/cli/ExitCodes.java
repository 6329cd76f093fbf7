package org.budgetwatch.cli;

/** Exit codes shared by the subcommands. */
final class ExitCodes {
    static final int OK = 0;
    static final int WARNINGS = 1;
    static final int ERRORS = 2;
    static final int UNREADABLE_INPUT = 3;

    private ExitCodes() {
    }
}
