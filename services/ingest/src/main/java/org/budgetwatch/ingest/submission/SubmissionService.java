package org.budgetwatch.ingest.submission;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.raw.DocumentHints;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.extraction.format.FormatDetector;
import org.budgetwatch.ingest.IngestSettings;
import org.budgetwatch.ingest.ledger.DisclosureLedger;
import org.budgetwatch.ingest.content.ContentStoreKeeper;
import org.budgetwatch.schemas.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Service;

/**
 * Accepts a document once: identifies it by the SHA-256 of its bytes, publishes one raw-document event for new
 * content, and recognises content it has seen before (same id, nothing published).
 */
@Service
public class SubmissionService {

    static final String RAW_OUT = "raw-out-0";
    static final String REJECTIONS_OUT = "rejections-out-0";
    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);

    private final DisclosureLedger ledger;
    private final StreamBridge output;
    private final ContentStoreKeeper contentStore;
    private final IngestSettings settings;
    private final Clock clock;

    public SubmissionService(DisclosureLedger ledger, StreamBridge output, ContentStoreKeeper contentStore, IngestSettings settings,
                             Clock clock) {
        this.ledger = ledger;
        this.output = output;
        this.contentStore = contentStore;
        this.settings = settings;
        this.clock = clock;
    }

    public Acceptance accept(Submission submission) {
        byte[] content = submission.content();
        if (content == null || content.length == 0) {
            throw new InvalidSubmissionException("The file is empty");
        }
        if (content.length > settings.maxFileSize().toBytes()) {
            throw new DocumentTooLargeException(content.length, settings.maxFileSize().toBytes());
        }
        if (submission.fiscalYear() != null && (submission.fiscalYear() < 1990 || submission.fiscalYear() > 2100)) {
            throw new InvalidSubmissionException("fiscalYear must be a year between 1990 and 2100");
        }
        String documentId = sha256(content);
        // as the raw event carries it (timestamp-millis), so that the status is the same before and after a restart
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String fileName = submission.fileName() == null || submission.fileName().isBlank() ? documentId : submission.fileName();
        if (!ledger.claim(documentId, fileName, now)) {
            return new Acceptance(documentId, false);
        }
        try {
            publish(raw(submission, content, documentId, fileName, now));
        } catch (RuntimeException e) {
            ledger.release(documentId);
            throw e;
        }
        log.info("Accepted document {} ({}, {} bytes) from {}", documentId, LogSafe.text(fileName), content.length, submission.channel());
        return new Acceptance(documentId, true);
    }

    private RawDocument raw(Submission submission, byte[] content, String documentId, String fileName, Instant now) {
        boolean inline = content.length <= settings.inlineContentLimit().toBytes();
        boolean hinted = submission.department() != null || submission.region() != null || submission.fiscalYear() != null;
        return RawDocument.newBuilder()
                .setDocumentId(documentId)
                .setFileName(fileName)
                .setMediaType(FormatDetector.detect(content))
                .setSizeBytes(content.length)
                .setContent(inline ? ByteBuffer.wrap(content) : null)
                .setContentRef(inline ? null : contentStore.put(documentId, content).toString())
                .setSourceUrl(submission.sourceUrl())
                .setSubmitter(submission.submitter())
                .setChannel(submission.channel())
                .setFirstSeen(now)
                .setHints(hinted ? new DocumentHints(submission.department(), submission.region(), submission.fiscalYear()) : null)
                .build();
    }

    /** Publishes the rejection of a submission that came by Kafka, where no HTTP answer can carry the refusal. */
    void reject(byte[] content, String fileName, RuntimeException refusal) {
        Rejection rejection = Rejection.newBuilder()
                .setDocumentId(sha256(content == null ? new byte[0] : content))
                .setFileName(fileName)
                .setStage(Stage.INGEST)
                .setReason(refusal instanceof DocumentTooLargeException ? RejectionReason.TOO_LARGE
                        : content == null || content.length == 0 ? RejectionReason.EMPTY : RejectionReason.UNREADABLE)
                .setMessage(refusal.getMessage())
                .setRejectedAt(clock.instant())
                .build();
        if (!output.send(REJECTIONS_OUT, MessageBuilder.withPayload(rejection)
                .setHeader(KafkaHeaders.KEY, rejection.getDocumentId()).build())) {
            throw new IllegalStateException("Kafka did not take the rejection of " + fileName);
        }
    }

    private void publish(RawDocument raw) {
        boolean sent = output.send(RAW_OUT, MessageBuilder.withPayload(raw).setHeader(KafkaHeaders.KEY, raw.getDocumentId()).build());
        if (!sent) {
            throw new IllegalStateException("Kafka did not take document " + raw.getDocumentId());
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
