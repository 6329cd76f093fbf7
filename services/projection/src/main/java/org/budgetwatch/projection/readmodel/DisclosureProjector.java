package org.budgetwatch.projection.readmodel;

import org.budgetwatch.contracts.common.DocumentMetadata;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.tables.Cell;
import org.budgetwatch.contracts.tables.Column;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.Discrepancy;
import org.budgetwatch.contracts.validation.Severity;
import org.budgetwatch.contracts.validation.ValidationReport;

/**
 * Applies one event to a disclosure's view. Each event replaces its own part whole, so applying the same event
 * twice gives the same view (the projection is idempotent).
 */
public final class DisclosureProjector {

    private DisclosureProjector() {
    }

    public static void apply(DisclosureView view, Object event) {
        if (event instanceof DocumentTables tables) {
            view.documentId = tables.getDocumentId();
            view.fileName = tables.getFileName();
            metadata(view, tables.getMetadata());
            view.tables = tables.getTables().stream().map(t -> new DisclosureView.TableView(t.getIndex(), t.getType().name(),
                    t.getTitle(), t.getSide().name(), t.getUnit().name(), t.getColumns().stream().map(Column::getPath).toList(),
                    t.getRows().stream().map(r -> new DisclosureView.LineItemView(r.getLabel(), r.getCode(), r.getCodeKind().name(),
                            r.getTotal(), r.getCells().stream().map(DisclosureProjector::cellText).toList())).toList())).toList();
            if (!"VALIDATED".equals(view.state)) {
                view.state = "EXTRACTED";
            }
        } else if (event instanceof ValidationReport report) {
            view.documentId = report.getDocumentId();
            metadata(view, report.getMetadata());
            view.state = "VALIDATED";
            view.reportStatus = report.getStatus().name();
            view.rulesetVersion = report.getRulesetVersion();
            view.errors = count(report, Severity.ERROR);
            view.warnings = count(report, Severity.WARNING);
            view.infos = count(report, Severity.INFO);
            view.findings = report.getDiscrepancies().stream().map(DisclosureProjector::finding).toList();
        } else if (event instanceof Rejection rejection) {
            view.documentId = rejection.getDocumentId();
            view.fileName = rejection.getFileName();
            view.state = "REJECTED";
            view.rejectionReason = rejection.getReason().name();
            view.rejectionMessage = rejection.getMessage();
        } else {
            throw new IllegalArgumentException("Not a pipeline event: " + event);
        }
    }

    private static void metadata(DisclosureView view, DocumentMetadata m) {
        view.title = m.getTitle();
        view.department = m.getDepartment();
        view.region = m.getRegion();
        view.fiscalYear = m.getFiscalYear();
        view.kind = m.getKind().name();
    }

    private static String cellText(Cell cell) {
        return cell.getText();
    }

    private static long count(ValidationReport report, Severity severity) {
        return report.getDiscrepancies().stream().filter(d -> d.getSeverity() == severity).count();
    }

    private static DisclosureView.FindingView finding(Discrepancy d) {
        var location = d.getLocations().isEmpty() ? null : d.getLocations().get(0);
        return new DisclosureView.FindingView(d.getRuleId(), d.getSeverity().name(), d.getMessageZh(), d.getMessageEn(),
                location == null ? null : location.getTableTitle(), location == null ? null : location.getRowLabel(),
                location == null ? null : location.getColumnPath(), d.getFingerprint());
    }
}
