package org.budgetwatch.projection.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.budgetwatch.readmodel.SearchPage.FacetCount;

/** Counts over the whole read model. */
public record Statistics(
        @Schema(description = "disclosures in the read model") long documents,
        List<FacetCount> documentsByStatus,
        List<FacetCount> documentsByRegion,
        List<FacetCount> documentsByYear,
        @Schema(description = "findings of severity ERROR or WARNING") long discrepancies,
        List<FacetCount> discrepanciesByRule,
        @Schema(description = "findings by severity, INFO (rounding) included") List<FacetCount> discrepanciesBySeverity,
        List<FacetCount> discrepanciesByRegion,
        List<FacetCount> discrepanciesByYear) {

    @SuppressWarnings("unchecked")
    static Statistics of(Map<String, Object> stats) {
        return new Statistics((Long) stats.get("documents"),
                (List<FacetCount>) stats.get("documentsByStatus"), (List<FacetCount>) stats.get("documentsByRegion"),
                (List<FacetCount>) stats.get("documentsByYear"), (Long) stats.get("discrepancies"),
                (List<FacetCount>) stats.get("discrepanciesByRule"), (List<FacetCount>) stats.get("discrepanciesBySeverity"),
                (List<FacetCount>) stats.get("discrepanciesByRegion"), (List<FacetCount>) stats.get("discrepanciesByYear"));
    }
}
