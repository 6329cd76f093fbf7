package org.budgetwatch.projection.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Which of the asked disclosures a search finds now. */
public record Searchability(
        @Schema(description = "ids a search finds now, with their outcome") List<String> searchable,
        @Schema(description = "ids not (yet) in the committed read model") List<String> missing) {
}
