package org.budgetwatch.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import org.budgetwatch.validation.report.Completeness;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.RuleTally;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValidationReport;

/** The JSON of `budgetwatch check --json`: the extraction object with a `report` field added. */
public record CheckJson(@JsonUnwrapped ExtractionJson extraction, ReportJson report) {

    public record ReportJson(String ruleset, String status, long errors, long warnings, long infos, List<RuleTally> counts,
                             Completeness completeness, List<DiscrepancyJson> discrepancies) {
    }

    public record DiscrepancyJson(String ruleId, String category, String severity, String message, String messageEn,
                                  IntervalJson expected, IntervalJson actual, BigDecimal difference, List<String> addends,
                                  List<FindingLocation> locations, String fingerprint) {
    }

    public record IntervalJson(BigDecimal low, BigDecimal high) {
    }

    static CheckJson of(ExtractionJson extraction, ValidationReport report, Severity threshold) {
        if (report == null) {
            return new CheckJson(extraction, null);
        }
        return new CheckJson(extraction, new ReportJson(report.rulesetVersion(), report.status().name(), report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO), report.tallies(), report.completeness(),
                report.findings().stream().filter(f -> f.severity().compareTo(threshold) >= 0).map(CheckJson::discrepancy).toList()));
    }

    private static DiscrepancyJson discrepancy(Finding f) {
        return new DiscrepancyJson(f.ruleId(), f.category(), f.severity().name(), f.messageZh(), f.messageEn(),
                f.expected() == null ? null : new IntervalJson(f.expected().low(), f.expected().high()),
                f.actual() == null ? null : new IntervalJson(f.actual().low(), f.actual().high()),
                f.difference(), f.addends(), f.locations(), f.fingerprint());
    }
}
