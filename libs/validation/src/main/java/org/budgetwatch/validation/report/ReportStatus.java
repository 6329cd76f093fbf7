package org.budgetwatch.validation.report;

public enum ReportStatus {
    CLEAN, DISCREPANCIES, INCOMPLETE
}
