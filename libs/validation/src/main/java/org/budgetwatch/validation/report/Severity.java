package org.budgetwatch.validation.report;

/** ERROR: rounding cannot explain it. WARNING: likely wrong. INFO: explained by rounding, or informational. */
public enum Severity {
    INFO, WARNING, ERROR
}
