package org.budgetwatch.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetwatch.extraction.arithmetic.TableConfidence;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.report.Completeness;
import org.budgetwatch.validation.rules.CompleteTablesRule;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ReportStatus;
import org.budgetwatch.validation.report.RuleTally;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValidationReport;
import org.budgetwatch.validation.rules.CheckSink;
import org.budgetwatch.validation.rules.Rule;

/** Runs a rule catalogue over one document and produces its report. */
public final class DisclosureValidator {

    private final RuleCatalogue catalogue;
    private final boolean reportRounding;

    /** @param reportRounding whether rounding-only differences are reported (as INFO) */
    public DisclosureValidator(RuleCatalogue catalogue, boolean reportRounding) {
        this.catalogue = catalogue;
        this.reportRounding = reportRounding;
    }

    public ValidationReport validate(ExtractedDocument document) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        RuleSet set = catalogue.forKind(document.metadata().kind());
        RuleOverrides overrides = catalogue.overrides();
        String region = document.metadata().region();
        ExtractedDocument trusted = withoutDoubtfulTables(document);
        for (Rule rule : set.rules()) {
            if (overrides.disabled(rule.id(), region)) {
                continue;
            }
            java.util.Optional<Severity> severity = overrides.severity(rule.id(), region);
            counts.put(rule.id(), new int[2]);
            CheckSink sink = new CheckSink() {
                @Override
                public void passed(String ruleId) {
                    counts.get(rule.id())[0]++;
                }

                @Override
                public void failed(Finding finding) {
                    counts.get(rule.id())[1]++;
                    findings.add(severity.map(finding::withSeverity).orElse(finding));
                }

                @Override
                public void passedWithinRounding(Finding finding) {
                    counts.get(rule.id())[0]++;
                    if (reportRounding) {
                        findings.add(finding);
                    }
                }
            };
            try {
                rule.check(rule.readsEveryTable() ? document : trusted, sink);
            } catch (RuntimeException e) {
                findings.add(RuleFailure.of(rule, e));
            }
        }
        List<RuleTally> tallies = counts.entrySet().stream()
                .map(e -> new RuleTally(e.getKey(), e.getValue()[0] + e.getValue()[1], e.getValue()[0], e.getValue()[1]))
                .toList();
        List<Finding> reported = new ArrayList<>(UnitCellEvidence.fold(findings));
        reported.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::fingerprint));
        Completeness completeness = completeness(document);
        boolean discrepancies = reported.stream().anyMatch(f -> f.severity() != Severity.INFO);
        boolean incomplete = reported.stream().anyMatch(f -> f.ruleId().equals(CompleteTablesRule.ID));
        ReportStatus status = incomplete ? ReportStatus.INCOMPLETE
                : discrepancies ? ReportStatus.DISCREPANCIES : ReportStatus.CLEAN;
        String version = overrides.isEmpty() ? set.version() : set.version() + "+local";
        return new ValidationReport(version, status, tallies, reported, completeness);
    }

    /** The document as the rules that judge figures and names see it: without the tables read with doubt. */
    private static ExtractedDocument withoutDoubtfulTables(ExtractedDocument document) {
        List<ExtractedTable> trusted = document.tables().stream().filter(t -> !TableConfidence.of(t).doubtful()).toList();
        return trusted.size() == document.tables().size() ? document
                : new ExtractedDocument(document.mediaType(), document.metadata(), trusted, document.statements(), document.prose());
    }

    private static Completeness completeness(ExtractedDocument document) {
        List<TableType> present = document.tables().stream().map(ExtractedTable::type).filter(t -> t != TableType.OTHER).distinct().toList();
        List<TableType> missing = CompleteTablesRule.required(document).stream().filter(t -> !CompleteTablesRule.present(document, t)).toList();
        List<ExtractedTable> empty = document.tables().stream().filter(ExtractedTable::isBlank).toList();
        return new Completeness(present, missing,
                empty.stream().filter(t -> t.emptyNote() != null).map(ExtractedTable::title).toList(),
                empty.stream().filter(t -> t.emptyNote() == null).map(ExtractedTable::title).toList());
    }
}
