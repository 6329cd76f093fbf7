package org.budgetwatch.ingest.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a submission: the document's id (SHA-256 of its bytes) and where to follow it. */
@Schema(description = "A submission taken: new content (202) or content accepted before (200, nothing published again)")
public record SubmissionReceipt(
        @Schema(description = "SHA-256 of the document's bytes, hex", example = "2b8a34e26f2fd6110a2d22850c0ac78364dc3d63f96e01a0c62a5964edce8d23")
        String documentId,
        @Schema(description = "Where the document's status is answered", example = "/api/disclosures/2b8a34e26f2fd6110a2d22850c0ac78364dc3d63f96e01a0c62a5964edce8d23")
        String statusUrl,
        @Schema(description = "true when the same bytes were accepted before") boolean duplicate) {
}
