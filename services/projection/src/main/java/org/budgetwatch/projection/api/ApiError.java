package org.budgetwatch.projection.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Every refusal of the search API, as JSON. */
@Schema(name = "Error", description = "Why a request was refused")
public record ApiError(
        @Schema(description = "HTTP status", example = "400") int status,
        @Schema(description = "HTTP reason phrase", example = "Bad Request") String error,
        @Schema(description = "What was wrong, in words", example = "Invalid value for year: twenty") String message) {
}
