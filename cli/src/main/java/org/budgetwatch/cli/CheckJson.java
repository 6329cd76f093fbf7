package org.budgetwatch.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.budgetwatch.validation.report.Completeness;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.RuleTally;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValidationReport;

/** The JSON of `budgetwatch check --json`: the extraction object with a `report` field added. */
public record CheckJson(@JsonUnwrapped ExtractionJson extraction, ReportJson report) {

    /** @param discrepancies the findings as the rules made them, in their own shape and field names */
    public record ReportJson(String ruleset, String status, long errors, long warnings, long infos, List<RuleTally> counts,
                             Completeness completeness, List<Finding> discrepancies) {
    }

    static CheckJson of(ExtractionJson extraction, ValidationReport report, Severity threshold) {
        if (report == null) {
            return new CheckJson(extraction, null);
        }
        return new CheckJson(extraction, new ReportJson(report.rulesetVersion(), report.status().name(), report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO), report.tallies(), report.completeness(),
                report.findings().stream().filter(f -> f.severity().compareTo(threshold) >= 0).toList()));
    }
}
