package org.budgetwatch.readmodel;

import static org.budgetwatch.readmodel.IndexFields.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;

/** Turns a disclosure's view into its index entries: the disclosure, its line items and its discrepancies. */
final class DisclosureIndexer {

    private static final String UNKNOWN = "未知";
    /** Tables whose rows are budget line items (amounts by code, class or project). */
    private static final Set<String> LINE_ITEM_TABLES = Set.of("REVENUE_EXPENDITURE_SUMMARY", "REVENUE_SUMMARY", "EXPENDITURE_SUMMARY",
            "FISCAL_APPROPRIATION_SUMMARY", "GENERAL_BUDGET_EXPENDITURE", "GENERAL_BUDGET_BASIC_EXPENDITURE", "THREE_PUBLIC_COSTS",
            "GOVERNMENT_FUND_EXPENDITURE", "STATE_CAPITAL_EXPENDITURE", "PROJECT_EXPENDITURE", "GOVERNMENT_PROCUREMENT", "PURCHASED_SERVICES");

    private final FacetsConfig facets;
    private final EntryHits hits;
    private final SegmentedText segmented;

    DisclosureIndexer(FacetsConfig facets, EntryHits hits, SegmentedText segmented) {
        this.facets = facets;
        this.hits = hits;
        this.segmented = segmented;
    }

    /** The disclosure's block of entries: its line items and discrepancies, then its own entry (see {@link DisclosureBlocks}). */
    List<Document> entries(DisclosureView view) throws IOException {
        List<Document> entries = new ArrayList<>();
        if (view.awaitingReport()) {
            // line items join with the report, which follows within moments: under load a disclosure's tables and
            // its report reach the projection in different batches, and indexing its ~100 line items twice was
            // half of the projection's work. Until then the disclosure entry finds it by its codes and tables.
            entries.add(disclosure(view));
            return entries;
        }
        // the fields and hit start that all line items share are made once, and so are those of all discrepancies
        Shared lineItems = new Shared(view, LINE_ITEM);
        for (DisclosureView.TableView table : view.tables) {
            if (!LINE_ITEM_TABLES.contains(table.type())) {
                continue; // performance targets and unclassified tables: searchable through the disclosure entry
            }
            List<IndexableField> tableFields = facetFields(doc -> keywordFacet(doc, TABLE_TYPE, table.type()));
            Map<Integer, String> columnPaths = new HashMap<>();
            table.columns().forEach(c -> columnPaths.putIfAbsent(c.index(), c.path()));
            for (DisclosureView.LineItemView row : table.rows()) {
                if (lineItem(row)) {
                    entries.add(lineItem(lineItems, tableFields, columnPaths, table, row));
                }
            }
        }
        Shared discrepancies = new Shared(view, DISCREPANCY);
        for (DisclosureView.Finding finding : view.findings) {
            entries.add(discrepancy(discrepancies, finding));
        }
        entries.add(disclosure(view));
        return entries;
    }

    /**
     * What every entry of one kind shares: the disclosure's id and year, the kind of entry and the start of its hit.
     * Every entry, the disclosure's own included, is built from it; the disclosure's other fields are on its own entry
     * only.
     */
    private final class Shared {

        final DisclosureView view;
        final List<IndexableField> fields;
        final EntryHits.Start hitStart;

        Shared(DisclosureView view, String type) throws IOException {
            this.view = view;
            this.fields = facetFields(doc -> {
                doc.add(new StringField(DOCUMENT_ID, view.documentId, Field.Store.NO)); // replacing the disclosure deletes its whole block
                keywordFacet(doc, TYPE, type);
                if (view.fiscalYear != null) {
                    doc.add(new IntField(YEAR, view.fiscalYear)); // filtered and sorted on without the block
                }
            });
            this.hitStart = hits.start(view, type);
        }

        /** A new entry with the shared fields; its own fields are added to it. */
        Document entry() {
            Document doc = new Document();
            fields.forEach(doc::add);
            return doc;
        }

        /** The entry's stored hit: the shared fields, then its own. */
        StoredField hit(EntryHits.Fields own) throws IOException {
            return hits.hit(hitStart, own);
        }
    }

    /** The fields a document gets from lucene-facet's configuration (keyword fields and facet doc values). */
    private List<IndexableField> facetFields(Consumer<Document> fields) throws IOException {
        Document doc = new Document();
        fields.accept(doc);
        return facets.build(doc).getFields();
    }

    /** A named or coded row with at least one figure; 合计 rows are the table's own arithmetic, not items. */
    private static boolean lineItem(DisclosureView.LineItemView row) {
        return !row.total() && (!row.label().isBlank() || row.code() != null) && row.cells().stream().anyMatch(c -> c.value() != null);
    }

    private Document disclosure(DisclosureView view) throws IOException {
        Shared shared = new Shared(view, DISCLOSURE);
        Document doc = shared.entry();
        facetFields(d -> disclosureFields(d, view)).forEach(doc::add);
        if (view.department != null) {
            doc.add(new TextField(DEPARTMENT_TEXT, segmented.of(List.of(view.department))));
        }
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
        for (DisclosureView.Finding finding : view.findings) {
            add(text, finding.ruleId(), finding.messageZh());
            ruleIds.add(finding.ruleId());
            severities.add(finding.severity());
        }
        codes.forEach(code -> doc.add(new StringField(CODE, code, Field.Store.NO)));
        facetFields(d -> {
            tableTypes.forEach(type -> keywordFacet(d, TABLE_TYPE, type));
            ruleIds.forEach(rule -> keywordFacet(d, RULE_ID, rule));
            severities.forEach(severity -> keywordFacet(d, SEVERITY, severity));
        }).forEach(doc::add);
        doc.add(new TextField(TEXT, segmented.of(text)));
        List<String> name = new ArrayList<>();
        add(name, view.department, view.region, view.title, view.fileName);
        doc.add(new TextField(NAME, segmented.of(name)));
        doc.add(shared.hit(hit -> {
            hit.writeStringField("title", view.title);
            hit.writeStringField("fileName", view.fileName);
            hit.writeNumberField("tables", view.tables.size());
            hit.writeStringField("rejectionReason", view.rejectionReason);
            hit.writeStringField("rejectionMessage", view.rejectionMessage);
        }));
        doc.add(StoredViews.field(view));
        return doc;
    }

    private Document lineItem(Shared shared, List<IndexableField> tableFields, Map<Integer, String> columnPaths, DisclosureView.TableView table,
                              DisclosureView.LineItemView row) throws IOException {
        Document doc = shared.entry();
        tableFields.forEach(doc::add);
        List<String> text = new ArrayList<>();
        add(text, row.label(), row.code(), shared.view.department);
        doc.add(new TextField(TEXT, segmented.of(text)));
        if (row.code() != null) {
            doc.add(new StringField(CODE, row.code(), Field.Store.NO));
        }
        for (DisclosureView.CellView cell : row.cells()) {
            if (cell.value() != null) {
                double yuan = new BigDecimal(cell.value()).multiply(Units.yuanPer(table.unit())).doubleValue();
                doc.add(new DoubleField(AMOUNT, yuan)); // the first figure
                break;
            }
        }
        doc.add(shared.hit(hit -> {
            hit.writeNumberField("tableIndex", table.index());
            hit.writeStringField("tableType", table.type());
            hit.writeStringField("tableTitle", table.title());
            if (table.page() != null) {
                hit.writeNumberField("page", table.page());
            }
            hit.writeNumberField("rowIndex", row.index());
            hit.writeStringField("label", row.label());
            hit.writeStringField("code", row.code());
            hit.writeStringField("codeKind", row.codeKind());
            hit.writeBooleanField("total", row.total());
            hit.writeStringField("unit", table.unit());
            hit.writeArrayFieldStart("amounts");
            for (DisclosureView.CellView cell : row.cells()) {
                if (cell.text() != null) {
                    hit.writeStartObject();
                    hit.writeStringField("column", columnPaths.get(cell.column()));
                    hit.writeStringField("text", cell.text());
                    hit.writeStringField("value", cell.value());
                    hit.writeEndObject();
                }
            }
            hit.writeEndArray();
        }));
        return doc;
    }

    private Document discrepancy(Shared shared, DisclosureView.Finding finding) throws IOException {
        Document doc = shared.entry();
        facetFields(d -> {
            keywordFacet(d, RULE_ID, finding.ruleId());
            keywordFacet(d, SEVERITY, finding.severity());
        }).forEach(doc::add);
        List<String> text = new ArrayList<>();
        add(text, finding.ruleId(), finding.messageZh(), finding.messageEn(), shared.view.department);
        finding.locations().forEach(l -> add(text, l.tableTitle(), l.rowLabel(), l.rowCode(), l.sentence()));
        doc.add(new TextField(TEXT, segmented.of(text)));
        finding.locations().stream().map(DisclosureView.FindingLocation::rowCode).filter(c -> c != null)
                .forEach(c -> doc.add(new StringField(CODE, c, Field.Store.NO)));
        doc.add(shared.hit(hit -> {
            // the finding's own field names, as in the report event, the document API and the command-line tool
            hit.writeStringField("ruleId", finding.ruleId());
            hit.writeStringField("category", finding.category());
            hit.writeStringField("severity", finding.severity());
            hit.writeStringField("messageZh", finding.messageZh());
            hit.writeStringField("messageEn", finding.messageEn());
            hit.writeStringField("expected", finding.expected());
            hit.writeStringField("actual", finding.actual());
            hit.writeStringField("difference", finding.difference());
            hit.writeStringField("unit", finding.unit());
            hit.writeObjectField("locations", finding.locations());
            hit.writeStringField("fingerprint", finding.fingerprint());
        }));
        return doc;
    }

    /** The disclosure's fields that its line items and discrepancies reach through its block. */
    private static void disclosureFields(Document doc, DisclosureView view) {
        if (view.fiscalYear != null) {
            doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(view.fiscalYear)));
        }
        keywordFacet(doc, REGION, orUnknown(view.region));
        // a level the region does not reach is left out, not counted as unknown
        if (view.province != null) {
            keywordFacet(doc, PROVINCE, view.province);
        }
        if (view.city != null) {
            keywordFacet(doc, CITY, view.city);
        }
        if (view.district != null) {
            keywordFacet(doc, DISTRICT, view.district);
        }
        keywordFacet(doc, KIND, orUnknown(view.kind));
        keywordFacet(doc, STATUS, view.status());
        doc.add(new IntField(PROBLEMS, (int) Math.min(Integer.MAX_VALUE, view.errors + view.warnings)));
    }


    private static void keywordFacet(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
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
