package org.budgetwatch.extraction.model;

public enum TableSide {
    WHOLE, INCOME, EXPENDITURE
}
