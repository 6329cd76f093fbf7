package org.budgetwatch.ingest.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Every refusal of the ingest API, as JSON. */
@Schema(name = "Error", description = "Why a request was refused")
public record ApiError(
        @Schema(description = "HTTP status", example = "400") int status,
        @Schema(description = "HTTP reason phrase", example = "Bad Request") String error,
        @Schema(description = "What was wrong, in words", example = "A multipart part named 'file' is required") String message) {
}
