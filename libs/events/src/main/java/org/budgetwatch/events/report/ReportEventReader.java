package org.budgetwatch.events.report;

import java.math.BigDecimal;
import org.budgetwatch.contracts.common.SourceLocation;
import org.budgetwatch.contracts.validation.Discrepancy;
import org.budgetwatch.contracts.validation.Interval;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.report.Completeness;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.ReportStatus;
import org.budgetwatch.validation.report.RuleTally;
import org.budgetwatch.validation.report.Severity;

/**
 * Reads a report event back into the validation library's report, findings in the one shape the rules made them
 * ({@link ReportEventMapper} wrote it). A report of a status this build does not know reads as {@code null} status.
 */
public class ReportEventReader {

    public org.budgetwatch.validation.report.ValidationReport read(ValidationReport event) {
        return new org.budgetwatch.validation.report.ValidationReport(event.getRulesetVersion(), status(event.getStatus()),
                event.getRuleCounts().stream().map(c -> new RuleTally(c.getRuleId(), c.getChecks(), c.getPassed(), c.getFailed())).toList(),
                event.getDiscrepancies().stream().map(ReportEventReader::finding).toList(),
                completeness(event.getCompleteness()));
    }

    /** One finding of a report event, as the rule made it. */
    public static Finding finding(Discrepancy d) {
        return new Finding(d.getRuleId(), d.getCategory(), Severity.valueOf(d.getSeverity().name()), d.getMessageZh(), d.getMessageEn(),
                interval(d.getExpected()), interval(d.getActual()), d.getDifference() == null ? null : new BigDecimal(d.getDifference()),
                d.getAddends(), d.getLocations().stream().map(ReportEventReader::location).toList(), d.getFingerprint(),
                org.budgetwatch.validation.report.ValueUnit.valueOf(d.getUnit().name()));
    }

    private static FindingLocation location(org.budgetwatch.contracts.validation.FindingLocation l) {
        SourceLocation source = l.getSource();
        return new FindingLocation(l.getTableIndex(), l.getTableType() == null ? null : TableType.valueOf(l.getTableType().name()),
                l.getTableTitle(), l.getRowIndex(), l.getRowLabel(), l.getRowCode(), l.getColumnIndex(), l.getColumnPath(),
                source == null ? null : source.getLineStart(), l.getSentence(), source == null ? null : source.getPage());
    }

    private static ReportStatus status(org.budgetwatch.contracts.validation.ReportStatus status) {
        return status == org.budgetwatch.contracts.validation.ReportStatus.UNKNOWN ? null : ReportStatus.valueOf(status.name());
    }

    private static Completeness completeness(org.budgetwatch.contracts.validation.Completeness c) {
        if (c == null) {
            return null;
        }
        return new Completeness(c.getPresentTables().stream().map(t -> TableType.valueOf(t.name())).toList(),
                c.getMissingTables().stream().map(t -> TableType.valueOf(t.name())).toList(), c.getEmptyWithNote(), c.getEmptyWithoutNote());
    }

    private static org.budgetwatch.extraction.amount.Interval interval(Interval i) {
        return i == null ? null : new org.budgetwatch.extraction.amount.Interval(new BigDecimal(i.getLow()), new BigDecimal(i.getHigh()));
    }
}
