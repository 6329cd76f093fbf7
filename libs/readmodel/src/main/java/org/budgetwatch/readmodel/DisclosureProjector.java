package org.budgetwatch.readmodel;

import java.util.Optional;
import org.budgetwatch.contracts.common.DocumentMetadata;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.tables.Cell;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.tables.Row;
import org.budgetwatch.contracts.tables.Table;
import org.budgetwatch.contracts.validation.Discrepancy;
import org.budgetwatch.contracts.validation.FindingLocation;
import org.budgetwatch.contracts.validation.Interval;
import org.budgetwatch.contracts.validation.Severity;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.extraction.region.Region;
import org.budgetwatch.extraction.region.Regions;
import org.budgetwatch.schemas.DocumentState;

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
            view.tables = tables.getTables().stream().map(DisclosureProjector::table).toList();
            view.statements = tables.getStatements().stream().map(s -> new DisclosureView.StatementView(s.getText(), s.getKind().name(),
                    s.getSubject(), s.getTableIndex(), s.getRowIndex())).toList();
            if (view.state != DocumentState.VALIDATED) {
                view.state = DocumentState.EXTRACTED;
            }
        } else if (event instanceof ValidationReport report) {
            view.documentId = report.getDocumentId();
            metadata(view, report.getMetadata());
            view.state = DocumentState.VALIDATED;
            view.reportStatus = report.getStatus().name();
            view.rulesetVersion = report.getRulesetVersion();
            view.errors = count(report, Severity.ERROR);
            view.warnings = count(report, Severity.WARNING);
            view.infos = count(report, Severity.INFO);
            view.findings = report.getDiscrepancies().stream().map(DisclosureProjector::finding).toList();
        } else if (event instanceof Rejection rejection) {
            view.documentId = rejection.getDocumentId();
            view.fileName = rejection.getFileName();
            view.state = DocumentState.REJECTED;
            view.rejectionReason = rejection.getReason().name();
            view.rejectionMessage = rejection.getMessage();
        } else {
            throw new IllegalArgumentException("Not a pipeline event: " + event);
        }
    }

    private static DisclosureView.TableView table(Table t) {
        return new DisclosureView.TableView(t.getIndex(), t.getType().name(), t.getTitle(), t.getSide().name(), t.getUnit().name(),
                t.getLocation() == null ? null : t.getLocation().getPage(),
                t.getColumns().stream().map(c -> new DisclosureView.ColumnView(c.getIndex(), c.getPath(), c.getTotal())).toList(),
                t.getRows().stream().map(DisclosureProjector::row).toList());
    }

    private static DisclosureView.LineItemView row(Row r) {
        return new DisclosureView.LineItemView(r.getIndex(), r.getLabel(), r.getCode(), r.getCodeKind().name(), r.getLevel().name(), r.getTotal(),
                r.getCells().stream().map(DisclosureProjector::cell).toList());
    }

    private static DisclosureView.CellView cell(Cell cell) {
        return new DisclosureView.CellView(cell.getColumn(), cell.getText(), cell.getAmount() == null ? null : cell.getAmount().getValue());
    }

    private static void metadata(DisclosureView view, DocumentMetadata m) {
        view.title = m.getTitle();
        view.department = m.getDepartment();
        view.region = m.getRegion();
        // events written before the metadata carried the levels are placed here, with the same gazetteer
        Optional<Region> place = m.getProvince() == null ? Regions.resolve(m.getRegion()) : Optional.empty();
        view.province = m.getProvince() != null ? m.getProvince() : place.map(Region::province).orElse(null);
        view.city = m.getProvince() != null ? m.getCity() : place.map(Region::city).orElse(null);
        view.district = m.getProvince() != null ? m.getDistrict() : place.map(Region::district).orElse(null);
        view.fiscalYear = m.getFiscalYear();
        view.kind = m.getKind().name();
    }

    private static long count(ValidationReport report, Severity severity) {
        return report.getDiscrepancies().stream().filter(d -> d.getSeverity() == severity).count();
    }

    private static DisclosureView.Finding finding(Discrepancy d) {
        return new DisclosureView.Finding(d.getRuleId(), d.getCategory(), d.getSeverity().name(), d.getMessageZh(), d.getMessageEn(),
                interval(d.getExpected()), interval(d.getActual()), d.getDifference(), d.getAddends(),
                d.getLocations().stream().map(DisclosureProjector::location).toList(), d.getFingerprint(), d.getUnit().name());
    }

    private static DisclosureView.FindingLocation location(FindingLocation l) {
        return new DisclosureView.FindingLocation(l.getTableIndex(), l.getTableType() == null ? null : l.getTableType().name(), l.getTableTitle(),
                l.getRowIndex(), l.getRowLabel(), l.getRowCode(), l.getColumnIndex(), l.getColumnPath(),
                l.getSource() == null ? null : l.getSource().getLineStart(), l.getSentence(), l.getSource() == null ? null : l.getSource().getPage());
    }

    private static String interval(Interval interval) {
        if (interval == null) {
            return null;
        }
        return interval.getLow().equals(interval.getHigh()) ? interval.getLow() : "[" + interval.getLow() + ", " + interval.getHigh() + "]";
    }
}
