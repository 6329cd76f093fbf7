package org.budgetwatch.projection.readmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the read model knows of one disclosure, rebuilt from its events; stored whole with its index entry.
 * Mutable on purpose: each event fills its part.
 */
public class DisclosureView {

    public String documentId;
    public String fileName;
    public String title;
    public String department;
    public String region;
    public Integer fiscalYear;
    public String kind;
    /** RECEIVED, EXTRACTED, VALIDATED or REJECTED. */
    public String state = "RECEIVED";
    public String reportStatus;
    public String rulesetVersion;
    public long errors;
    public long warnings;
    public long infos;
    public String rejectionReason;
    public String rejectionMessage;
    public List<TableView> tables = new ArrayList<>();
    public List<FindingView> findings = new ArrayList<>();

    public record TableView(int index, String type, String title, String side, String unit, List<String> columns,
                            List<LineItemView> rows) {
    }

    public record LineItemView(String label, String code, String codeKind, boolean total, List<String> cells) {
    }

    public record FindingView(String ruleId, String severity, String messageZh, String messageEn, String tableTitle,
                              String rowLabel, String columnPath, String fingerprint) {
    }
}
