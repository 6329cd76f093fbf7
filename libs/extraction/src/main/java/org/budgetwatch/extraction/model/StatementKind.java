package org.budgetwatch.extraction.model;

/** What a numeric sentence of the 情况说明 states. */
public enum StatementKind {
    AMOUNT, SHARE, YEAR_OVER_YEAR, COUNT
}
