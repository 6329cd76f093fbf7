package org.budgetwatch.local;

import org.budgetwatch.contracts.validation.Severity;
import org.budgetwatch.contracts.validation.ValidationReport;

/** The one line the run command prints per document. */
final class OutcomeLine {

    private OutcomeLine() {
    }

    static String of(String fileName, String documentId, OutcomeWatcher.Outcome outcome) {
        String id = documentId.substring(0, 12);
        if (outcome.rejection() != null) {
            return String.format("%-55s %s  REJECTED %s: %s", fileName, id, outcome.rejection().getReason(), outcome.rejection().getMessage());
        }
        ValidationReport report = outcome.report();
        var metadata = report.getMetadata();
        return String.format("%-55s %s  %s, %s, %d tables, %s: %d errors, %d warnings, %d info", fileName, id,
                metadata.getDepartment() == null ? "(department not stated)" : metadata.getDepartment(),
                metadata.getFiscalYear() == null ? "year not stated" : metadata.getFiscalYear(),
                outcome.tables() == null ? 0 : outcome.tables().getTables().size(), report.getStatus(),
                count(report, Severity.ERROR), count(report, Severity.WARNING), count(report, Severity.INFO));
    }

    private static long count(ValidationReport report, Severity severity) {
        return report.getDiscrepancies().stream().filter(d -> d.getSeverity() == severity).count();
    }
}
