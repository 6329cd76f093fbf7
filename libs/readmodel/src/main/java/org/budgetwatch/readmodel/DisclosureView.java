package org.budgetwatch.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.schemas.DocumentState;

/**
 * Everything the read model knows of one disclosure, rebuilt from its events; stored whole with its index entry and
 * served by the document API and page. Mutable on purpose: each event fills its own part.
 */
public class DisclosureView {

    public String documentId;
    public String fileName;
    public String title;
    public String department;
    public String region;
    /** The region's levels (Regions: the national gazetteer); null where the region could not be placed. */
    public String province;
    public String city;
    public String district;
    public Integer fiscalYear;
    public String kind;
    public DocumentState state = DocumentState.RECEIVED;
    public String reportStatus;
    public String rulesetVersion;
    public long errors;
    public long warnings;
    public long infos;
    public String rejectionReason;
    public String rejectionMessage;
    public List<TableView> tables = new ArrayList<>();
    public List<StatementView> statements = new ArrayList<>();
    public List<Finding> findings = new ArrayList<>();

    /**
     * @param unit 元, 万元 or 亿元 as an AmountUnit name
     * @param page the PDF page the table starts on; null for other formats
     */
    public record TableView(int index, String type, String title, String side, String unit, Integer page, List<ColumnView> columns,
                            List<LineItemView> rows) {
    }

    public record ColumnView(int index, String path, boolean total) {
    }

    public record LineItemView(int index, String label, String code, String codeKind, String level, boolean total, List<CellView> cells) {
    }

    /** @param value the exact decimal as plain text, null when the cell is blank or not a figure */
    public record CellView(int column, String text, String value) {
    }

    public record StatementView(String text, String kind, String subject, Integer tableIndex, Integer rowIndex) {
    }

    /**
     * A finding as the rule made it (org.budgetwatch.validation.report.Finding), field for field and name for name, as
     * the report event carries it (Discrepancy) and the document API and search hits show it; intervals and the
     * difference as text: a single figure, or {@code [low, high]}.
     */
    public record Finding(String ruleId, String category, String severity, String messageZh, String messageEn, String expected,
                          String actual, String difference, List<String> addends, List<FindingLocation> locations, String fingerprint,
                          String unit) {
    }

    /**
     * @param line the line of the source document (the report event's {@code source.lineStart})
     * @param page the PDF page (the report event's {@code source.page}); null for other formats
     */
    public record FindingLocation(Integer tableIndex, String tableType, String tableTitle, Integer rowIndex, String rowLabel, String rowCode,
                                  Integer columnIndex, String columnPath, Integer line, String sentence, Integer page) {
    }

    /** A copy to change while this one is being indexed: events replace whole fields and the lists are never changed. */
    DisclosureView copy() {
        DisclosureView copy = new DisclosureView();
        copy.documentId = documentId;
        copy.fileName = fileName;
        copy.title = title;
        copy.department = department;
        copy.region = region;
        copy.province = province;
        copy.city = city;
        copy.district = district;
        copy.fiscalYear = fiscalYear;
        copy.kind = kind;
        copy.state = state;
        copy.reportStatus = reportStatus;
        copy.rulesetVersion = rulesetVersion;
        copy.errors = errors;
        copy.warnings = warnings;
        copy.infos = infos;
        copy.rejectionReason = rejectionReason;
        copy.rejectionMessage = rejectionMessage;
        copy.tables = tables;
        copy.statements = statements;
        copy.findings = findings;
        return copy;
    }

    /** VALIDATED disclosures by their report status (CLEAN, DISCREPANCIES, INCOMPLETE); others by their state. */
    String status() {
        return state == DocumentState.VALIDATED && reportStatus != null ? reportStatus : state.name();
    }

    /** Its tables were projected and its report has not come yet. */
    boolean awaitingReport() {
        return state == DocumentState.EXTRACTED;
    }
}
