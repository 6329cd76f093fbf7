package org.budgetwatch.events.report;

import java.time.Instant;
import org.budgetwatch.contracts.common.SourceLocation;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.tables.TableType;
import org.budgetwatch.contracts.validation.Completeness;
import org.budgetwatch.contracts.validation.Discrepancy;
import org.budgetwatch.contracts.validation.FindingLocation;
import org.budgetwatch.contracts.validation.Interval;
import org.budgetwatch.contracts.validation.ReportStatus;
import org.budgetwatch.contracts.validation.RuleCount;
import org.budgetwatch.contracts.validation.Severity;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.validation.report.Finding;

/** A validation report of the library as the report event of {@code disclosures.discrepancies.v1}; {@link ReportEventReader} reads it back. */
public class ReportEventMapper {

    public ValidationReport toEvent(DocumentTables tables, org.budgetwatch.validation.report.ValidationReport report, Instant now) {
        return ValidationReport.newBuilder()
                .setDocumentId(tables.getDocumentId())
                .setRulesetVersion(report.rulesetVersion())
                .setValidatedAt(now)
                .setMetadata(tables.getMetadata())
                .setStatus(ReportStatus.valueOf(report.status().name()))
                .setRuleCounts(report.tallies().stream().map(t -> RuleCount.newBuilder().setRuleId(t.ruleId())
                        .setChecks(t.checks()).setPassed(t.passed()).setFailed(t.failed()).build()).toList())
                .setDiscrepancies(report.findings().stream().map(ReportEventMapper::discrepancy).toList())
                .setCompleteness(completeness(report.completeness()))
                .build();
    }

    private static Completeness completeness(org.budgetwatch.validation.report.Completeness c) {
        return Completeness.newBuilder()
                .setPresentTables(c.present().stream().map(t -> TableType.valueOf(t.name())).toList())
                .setMissingTables(c.missing().stream().map(t -> TableType.valueOf(t.name())).toList())
                .setEmptyWithNote(c.emptyWithNote())
                .setEmptyWithoutNote(c.emptyWithoutNote())
                .build();
    }

    private static Discrepancy discrepancy(Finding f) {
        return Discrepancy.newBuilder()
                .setRuleId(f.ruleId())
                .setCategory(f.category())
                .setSeverity(Severity.valueOf(f.severity().name()))
                .setMessageZh(f.messageZh())
                .setMessageEn(f.messageEn())
                .setExpected(interval(f.expected()))
                .setActual(interval(f.actual()))
                .setDifference(f.difference() == null ? null : f.difference().toPlainString())
                .setUnit(org.budgetwatch.contracts.validation.ValueUnit.valueOf(f.unit().name()))
                .setAddends(f.addends())
                .setLocations(f.locations().stream().map(l -> FindingLocation.newBuilder()
                        .setTableIndex(l.tableIndex())
                        .setTableType(l.tableType() == null ? null : TableType.valueOf(l.tableType().name()))
                        .setTableTitle(l.tableTitle())
                        .setRowIndex(l.rowIndex())
                        .setRowLabel(l.rowLabel())
                        .setRowCode(l.rowCode())
                        .setColumnIndex(l.columnIndex())
                        .setColumnPath(l.columnPath())
                        .setSource(l.line() == null && l.page() == null ? null
                                : SourceLocation.newBuilder().setPage(l.page()).setLineStart(l.line()).setLineEnd(l.line()).build())
                        .setSentence(l.sentence())
                        .build()).toList())
                .setFingerprint(f.fingerprint())
                .build();
    }

    private static Interval interval(org.budgetwatch.extraction.amount.Interval i) {
        return i == null ? null : Interval.newBuilder().setLow(i.low().toPlainString()).setHigh(i.high().toPlainString()).build();
    }
}
