package org.budgetwatch.validation.report;

import java.util.List;

/** One report per document. */
public record ValidationReport(String rulesetVersion, ReportStatus status, List<RuleTally> tallies, List<Finding> findings,
                               Completeness completeness) {

    public ValidationReport {
        tallies = List.copyOf(tallies);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
