package org.budgetwatch.readmodel;

import java.util.List;
import java.util.Map;

/**
 * One page of hits (each the stored JSON of a disclosure, line item or discrepancy entry) with the facet counts of
 * all matching entries.
 */
public record SearchPage(long total, int page, int size, List<Map<String, Object>> hits, Map<String, List<FacetCount>> facets) {

    public record FacetCount(String value, long count) {
    }
}
