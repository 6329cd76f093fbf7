package org.budgetwatch.readmodel;

import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The read model's index layout: per disclosure one block of entries, one per table line item and one per discrepancy,
 * then the disclosure's own entry last (a Lucene document block, written and replaced together). The disclosure's
 * fields (region, department, kind, status, whether it has discrepancies) are on its own entry only: filters on them
 * reach the line items and discrepancies through the block ({@link DisclosureBlocks}), and so do facet counts
 * ({@link FacetOrdinals}) and hits. Every entry carries the disclosure's id (so that replacing it deletes the whole
 * block) and year (filtered and sorted on directly). Each entry stores the JSON of its search hit; the disclosure entry
 * also keeps the disclosure's whole view.
 */
final class IndexFields {

    static final String DOCUMENT_ID = "documentId";
    static final String TYPE = "type";
    static final String YEAR = "year";
    static final String REGION = "region";
    /** The region's levels from the gazetteer: 湖北省 / 武汉市 / 东西湖区. */
    static final String PROVINCE = "province";
    static final String CITY = "city";
    static final String DISTRICT = "district";
    static final String DEPARTMENT_TEXT = "departmentText";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String PROBLEMS = "problems";
    static final String TEXT = "text";
    /** A disclosure entry's department, region, title and file name, so that words naming it rank it first. */
    static final String NAME = "name";
    static final String CODE = "code";
    static final String TABLE_TYPE = "tableType";
    static final String RULE_ID = "ruleId";
    static final String SEVERITY = "severity";
    /** A line item's first figure in 元, for range queries and sorting. */
    static final String AMOUNT = "amount";
    static final String HIT = "hit";
    /** A disclosure entry's whole view, in a binary doc values column (see {@link StoredViews}). */
    static final String VIEW = "view";

    static final String DISCLOSURE = "document";
    static final String LINE_ITEM = "lineItem";
    static final String DISCREPANCY = "discrepancy";

    /** Facet dimensions, in the order the API lists them. */
    static final String[] FACETS = {TYPE, YEAR, REGION, PROVINCE, CITY, DISTRICT, KIND, STATUS, TABLE_TYPE, RULE_ID, SEVERITY};
    /** The facets a disclosure's line items and discrepancies count by as their disclosure's, not their own. */
    static final Set<String> DISCLOSURE_FACETS = Set.of(YEAR, REGION, PROVINCE, CITY, DISTRICT, KIND, STATUS);

    private IndexFields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : FACETS) {
            // filters use the keyword fields each entry has anyway; no second set of drill-down terms
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        config.setMultiValued(TABLE_TYPE, true);
        config.setMultiValued(RULE_ID, true);
        config.setMultiValued(SEVERITY, true);
        return config;
    }
}
