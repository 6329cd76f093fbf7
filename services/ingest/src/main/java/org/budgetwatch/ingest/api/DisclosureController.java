package org.budgetwatch.ingest.api;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
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
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> submit(@RequestPart(value = "file", required = false) MultipartFile file,
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
                .body(Map.of("documentId", acceptance.documentId(), "statusUrl", status.toString(), "duplicate", !acceptance.isNew()));
    }

    @GetMapping("/{documentId}")
    public ResponseEntity<DisclosureStatus> status(@PathVariable String documentId) {
        return ledger.status(documentId).map(ResponseEntity::ok)
                .orElseThrow(() -> new UnknownDocumentException(documentId));
    }
}
