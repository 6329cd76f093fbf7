package org.budgetwatch.projection.readmodel;

import static org.budgetwatch.projection.readmodel.IndexFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** Turns a disclosure's view into its index entries: the disclosure, its line items and its discrepancies. */
final class DisclosureIndexer {

    private static final String UNKNOWN = "未知";
    /** Tables whose rows are budget line items (amounts by code, class or project). */
    private static final Set<String> LINE_ITEM_TABLES = Set.of("REVENUE_EXPENDITURE_SUMMARY", "REVENUE_SUMMARY", "EXPENDITURE_SUMMARY",
            "FISCAL_APPROPRIATION_SUMMARY", "GENERAL_BUDGET_EXPENDITURE", "GENERAL_BUDGET_BASIC_EXPENDITURE", "THREE_PUBLIC_COSTS",
            "GOVERNMENT_FUND_EXPENDITURE", "STATE_CAPITAL_EXPENDITURE", "PROJECT_EXPENDITURE", "GOVERNMENT_PROCUREMENT", "PURCHASED_SERVICES");

    private final FacetsConfig facets;
    private final ObjectMapper json;
    private final SegmentedText segmented;

    DisclosureIndexer(FacetsConfig facets, ObjectMapper json, SegmentedText segmented) {
        this.facets = facets;
        this.json = json;
        this.segmented = segmented;
    }

    List<Document> entries(DisclosureView view) throws IOException {
        List<Document> entries = new ArrayList<>();
        entries.add(facets.build(disclosure(view)));
        if ("EXTRACTED".equals(view.state)) {
            // line items join with the report, which follows within moments: under load a disclosure's tables and
            // its report reach the projection in different batches, and indexing its ~100 line items twice was
            // half of the projection's work. Until then the disclosure entry finds it by its codes and tables.
            return entries;
        }
        for (DisclosureView.TableView table : view.tables) {
            if (!LINE_ITEM_TABLES.contains(table.type())) {
                continue; // performance targets and unclassified tables: searchable through the disclosure entry
            }
            for (DisclosureView.LineItemView row : table.rows()) {
                if (lineItem(row)) {
                    entries.add(facets.build(lineItem(view, table, row)));
                }
            }
        }
        for (DisclosureView.FindingView finding : view.findings) {
            entries.add(facets.build(discrepancy(view, finding)));
        }
        return entries;
    }

    /** A named or coded row with at least one figure; 合计 rows are the table's own arithmetic, not items. */
    private static boolean lineItem(DisclosureView.LineItemView row) {
        return !row.total() && (!row.label().isBlank() || row.code() != null) && row.cells().stream().anyMatch(c -> c.value() != null);
    }

    private Document disclosure(DisclosureView view) throws JsonProcessingException {
        Document doc = common(view, DISCLOSURE);
        List<String> text = new ArrayList<>();
        add(text, view.department, view.region, view.title, view.fileName, view.rejectionMessage);
        // line items carry their own words; the disclosure entry holds what describes the whole document
        Set<String> codes = new LinkedHashSet<>();
        Set<String> tableTypes = new LinkedHashSet<>();
        for (DisclosureView.TableView table : view.tables) {
            add(text, table.title());
            tableTypes.add(table.type());
            for (DisclosureView.LineItemView row : table.rows()) {
                if (row.code() != null) {
                    codes.add(row.code());
                }
            }
        }
        view.statements.forEach(s -> add(text, s.text()));
        Set<String> ruleIds = new LinkedHashSet<>();
        Set<String> severities = new LinkedHashSet<>();
        for (DisclosureView.FindingView finding : view.findings) {
            add(text, finding.ruleId(), finding.messageZh());
            ruleIds.add(finding.ruleId());
            severities.add(finding.severity());
        }
        codes.forEach(code -> doc.add(new StringField(CODE, code, Field.Store.NO)));
        tableTypes.forEach(type -> keywordFacet(doc, TABLE_TYPE, type));
        ruleIds.forEach(rule -> keywordFacet(doc, RULE_ID, rule));
        severities.forEach(severity -> keywordFacet(doc, SEVERITY, severity));
        doc.add(new TextField(TEXT, segmented.of(text)));
        List<String> name = new ArrayList<>();
        add(name, view.department, view.region, view.title, view.fileName);
        doc.add(new TextField(NAME, segmented.of(name)));
        Map<String, Object> hit = hit(view, DISCLOSURE);
        hit.put("title", view.title);
        hit.put("fileName", view.fileName);
        hit.put("tables", view.tables.size());
        hit.put("rejectionReason", view.rejectionReason);
        hit.put("rejectionMessage", view.rejectionMessage);
        doc.add(new StoredField(HIT, json.writeValueAsString(hit)));
        doc.add(new StoredField(VIEW, StoredViews.compress(json.writeValueAsBytes(view))));
        return doc;
    }

    private Document lineItem(DisclosureView view, DisclosureView.TableView table, DisclosureView.LineItemView row) throws JsonProcessingException {
        Document doc = common(view, LINE_ITEM);
        List<String> text = new ArrayList<>();
        add(text, row.label(), row.code(), view.department);
        doc.add(new TextField(TEXT, segmented.of(text)));
        if (row.code() != null) {
            doc.add(new StringField(CODE, row.code(), Field.Store.NO));
        }
        keywordFacet(doc, TABLE_TYPE, table.type());
        List<Map<String, Object>> amounts = new ArrayList<>();
        BigDecimal first = null;
        for (DisclosureView.CellView cell : row.cells()) {
            if (cell.text() == null) {
                continue;
            }
            Map<String, Object> amount = new LinkedHashMap<>();
            amount.put("column", columnPath(table, cell.column()));
            amount.put("text", cell.text());
            amount.put("value", cell.value());
            amounts.add(amount);
            if (first == null && cell.value() != null) {
                first = new BigDecimal(cell.value());
            }
        }
        if (first != null) {
            double yuan = first.multiply(Units.yuanPer(table.unit())).doubleValue();
            doc.add(new DoubleField(AMOUNT, yuan));
        }
        Map<String, Object> hit = hit(view, LINE_ITEM);
        hit.put("tableIndex", table.index());
        hit.put("tableType", table.type());
        hit.put("tableTitle", table.title());
        hit.put("rowIndex", row.index());
        hit.put("label", row.label());
        hit.put("code", row.code());
        hit.put("codeKind", row.codeKind());
        hit.put("total", row.total());
        hit.put("unit", table.unit());
        hit.put("amounts", amounts);
        doc.add(new StoredField(HIT, json.writeValueAsString(hit)));
        return doc;
    }

    private Document discrepancy(DisclosureView view, DisclosureView.FindingView finding) throws JsonProcessingException {
        Document doc = common(view, DISCREPANCY);
        keywordFacet(doc, RULE_ID, finding.ruleId());
        keywordFacet(doc, SEVERITY, finding.severity());
        List<String> text = new ArrayList<>();
        add(text, finding.ruleId(), finding.messageZh(), finding.messageEn(), view.department);
        finding.locations().forEach(l -> add(text, l.tableTitle(), l.rowLabel(), l.rowCode(), l.sentence()));
        doc.add(new TextField(TEXT, segmented.of(text)));
        finding.locations().stream().map(DisclosureView.LocationView::rowCode).filter(c -> c != null)
                .forEach(c -> doc.add(new StringField(CODE, c, Field.Store.NO)));
        Map<String, Object> hit = hit(view, DISCREPANCY);
        hit.put("ruleId", finding.ruleId());
        hit.put("severity", finding.severity());
        hit.put("message", finding.messageZh());
        hit.put("messageEn", finding.messageEn());
        hit.put("expected", finding.expected());
        hit.put("actual", finding.actual());
        hit.put("difference", finding.difference());
        hit.put("location", finding.locations().isEmpty() ? null : finding.locations().get(0));
        hit.put("fingerprint", finding.fingerprint());
        doc.add(new StoredField(HIT, json.writeValueAsString(hit)));
        return doc;
    }

    /** The disclosure's own fields, on every entry so that every filter applies to every kind of entry. */
    private Document common(DisclosureView view, String type) {
        Document doc = new Document();
        doc.add(new StringField(DOCUMENT_ID, view.documentId, Field.Store.NO));
        keywordFacet(doc, TYPE, type);
        if (view.fiscalYear != null) {
            doc.add(new IntField(YEAR, view.fiscalYear));
            doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(view.fiscalYear)));
        }
        keywordFacet(doc, REGION, orUnknown(view.region));
        keywordFacet(doc, KIND, orUnknown(view.kind));
        keywordFacet(doc, STATUS, status(view));
        doc.add(new StringField(DEPARTMENT, orUnknown(view.department), Field.Store.NO));
        if (view.department != null) {
            doc.add(new TextField(DEPARTMENT_TEXT, segmented.of(List.of(view.department))));
        }
        doc.add(new IntField(PROBLEMS, (int) Math.min(Integer.MAX_VALUE, view.errors + view.warnings)));
        return doc;
    }

    /** VALIDATED disclosures by their report status (CLEAN, DISCREPANCIES, INCOMPLETE); others by their state. */
    static String status(DisclosureView view) {
        return "VALIDATED".equals(view.state) && view.reportStatus != null ? view.reportStatus : view.state;
    }

    private static void keywordFacet(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static Map<String, Object> hit(DisclosureView view, String type) {
        Map<String, Object> hit = new LinkedHashMap<>();
        hit.put("type", type);
        hit.put("documentId", view.documentId);
        hit.put("department", view.department);
        hit.put("region", view.region);
        hit.put("fiscalYear", view.fiscalYear);
        hit.put("kind", view.kind);
        hit.put("status", status(view));
        hit.put("errors", view.errors);
        hit.put("warnings", view.warnings);
        return hit;
    }

    private static String columnPath(DisclosureView.TableView table, int column) {
        return table.columns().stream().filter(c -> c.index() == column).map(DisclosureView.ColumnView::path).findFirst().orElse(null);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    private static void add(List<String> text, String... parts) {
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.add(part);
            }
        }
    }
}
