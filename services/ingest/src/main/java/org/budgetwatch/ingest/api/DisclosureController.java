package org.budgetwatch.ingest.api;

import java.io.IOException;
import java.net.URI;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import io.micrometer.core.instrument.MeterRegistry;
import org.budgetwatch.ingest.IngestSettings;
import org.budgetwatch.ingest.ledger.DisclosureLedger;
import org.budgetwatch.ingest.ledger.DisclosureStatus;
import org.budgetwatch.ingest.submission.Acceptance;
import org.budgetwatch.ingest.submission.InvalidSubmissionException;
import org.budgetwatch.ingest.submission.Submission;
import org.budgetwatch.ingest.submission.SubmissionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Submitting a disclosure, and asking where it is. */
@RestController
@RequestMapping("/api/disclosures")
public class DisclosureController {

    private final SubmissionService submissions;
    private final DisclosureLedger ledger;

    private final IngestSettings settings;

    private final MeterRegistry meters;

    public DisclosureController(SubmissionService submissions, DisclosureLedger ledger, IngestSettings settings, MeterRegistry meters) {
        this.submissions = submissions;
        this.ledger = ledger;
        this.settings = settings;
        this.meters = meters;
        meters.gauge("budgetwatch.ingest.in.flight", ledger, DisclosureLedger::inFlight);
    }

    /**
     * 202 with the document id for new content; 200 with the same id for content accepted before.
     */
    @Operation(summary = "Submit a disclosure", description = "The file as multipart/form-data part 'file', with optional hints. "
            + "Refusals publish nothing.", security = @SecurityRequirement(name = ApiDocumentation.API_KEY))
    @ApiResponse(responseCode = "202", description = "New content, accepted and published", content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @ApiResponse(responseCode = "200", description = "The same bytes were accepted before: same id, nothing published", content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @ApiResponse(responseCode = "400", description = "No 'file' part, an empty file, not multipart, or a bad hint", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No valid X-API-Key", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "413", description = "Over budgetwatch.ingest.max-file-size (50 MB by default)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "429", description = "Over the key's requests per minute", headers = @Header(name = "Retry-After", description = "seconds to wait", schema = @Schema(type = "integer")),
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "The pipeline has budgetwatch.ingest.max-in-flight documents unfinished, or Kafka is away",
            headers = @Header(name = "Retry-After", description = "seconds to wait", schema = @Schema(type = "integer")),
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<SubmissionReceipt> submit(@RequestPart(value = "file", required = false) MultipartFile file,
                                                      @RequestParam(required = false) String sourceUrl,
                                                      @RequestParam(required = false) String department,
                                                      @RequestParam(required = false) String region,
                                                      @RequestParam(required = false) Integer fiscalYear,
                                                      @RequestHeader(value = "X-Submitter", required = false) String submitter)
            throws IOException {
        if (file == null) {
            throw new InvalidSubmissionException("A multipart part named 'file' is required");
        }
        if (ledger.inFlight() >= settings.maxInFlight()) {
            meters.counter("budgetwatch.documents", "stage", "ingest", "outcome", "busy").increment();
            throw new PipelineBusyException(ledger.inFlight());
        }
        Acceptance acceptance = submissions.accept(new Submission(file.getBytes(), file.getOriginalFilename(), sourceUrl,
                submitter, department, region, fiscalYear, SubmissionChannel.HTTP));
        meters.counter("budgetwatch.documents", "stage", "ingest", "outcome", acceptance.isNew() ? "accepted" : "duplicate").increment();
        URI status = URI.create("/api/disclosures/" + acceptance.documentId());
        return ResponseEntity.status(acceptance.isNew() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(status)
                .body(new SubmissionReceipt(acceptance.documentId(), status.toString(), !acceptance.isNew()));
    }

    @Operation(summary = "Where a disclosure is: RECEIVED, EXTRACTED, VALIDATED or REJECTED (with the reason)")
    @ApiResponse(responseCode = "200", description = "The document's status", content = @Content(schema = @Schema(implementation = DisclosureStatus.class)))
    @ApiResponse(responseCode = "401", description = "No valid X-API-Key where reads require one (budgetwatch.ingest.security.reads-require-key)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No document with this id was accepted", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @GetMapping("/{documentId}")
    public ResponseEntity<DisclosureStatus> status(@PathVariable String documentId) {
        return ledger.status(documentId).map(ResponseEntity::ok)
                .orElseThrow(() -> new UnknownDocumentException(documentId));
    }
}
