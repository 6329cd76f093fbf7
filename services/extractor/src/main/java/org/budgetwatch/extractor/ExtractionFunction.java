package org.budgetwatch.extractor;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.events.tables.TablesEventMapper;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.schemas.claimcheck.ContentStore;
import org.budgetwatch.schemas.logging.LogSafe;
import org.budgetwatch.schemas.raw.RawDocumentContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads one raw document into either its table event or its rejection: every document ends in exactly one, whatever
 * goes wrong on the way — a claim check that names something outside the content store, a document that outlasts its
 * time, a failure of ours — so that none is left in flight and none goes to the dead letters for being read.
 */
@Component
public class ExtractionFunction implements Function<RawDocument, ExtractionOutcome> {

    private static final Logger log = LoggerFactory.getLogger(ExtractionFunction.class);
    /** States of one extraction: its worker still at it, done, or given up on by the listener while still at it. */
    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int ABANDONED = 2;

    private final DisclosureExtractor extractor;
    private final TablesEventMapper mapper;
    private final ContentStore contentStore;
    private final ExtractionAttempts attempts;
    private final Clock clock;
    private final ExtractorSettings settings;
    private final MeterRegistry meters;
    private final Timer duration;
    /** Extractions that outlasted their time and were abandoned, but whose threads still run (they should stop soon). */
    private final AtomicInteger abandoned = new AtomicInteger();
    /** Extractions run here so that one that overruns its time can be interrupted and abandoned. */
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "extraction");
        thread.setDaemon(true);
        return thread;
    });

    public ExtractionFunction(DisclosureExtractor extractor, TablesEventMapper mapper, ContentStore contentStore, Clock clock,
                              ExtractorSettings settings, MeterRegistry meters) {
        this.extractor = extractor;
        this.mapper = mapper;
        this.contentStore = contentStore;
        this.attempts = new ExtractionAttempts(settings.attemptsDir(), settings.maxAttempts());
        this.clock = clock;
        this.settings = settings;
        this.meters = meters;
        this.duration = Timer.builder("budgetwatch.stage.duration").description("Time to process one document, per stage")
                .tag("stage", "extraction").publishPercentileHistogram().register(meters);
        Gauge.builder("budgetwatch.extraction.abandoned", abandoned, AtomicInteger::get)
                .description("Extractions that outlasted their time and still run after being interrupted").register(meters);
    }

    /** @return the tables or the rejection, never an exception */
    @Override
    public ExtractionOutcome apply(RawDocument raw) {
        ExtractionOutcome outcome;
        int unfinished = attempts.begin(raw.getDocumentId());
        if (unfinished >= attempts.maxAttempts()) {
            outcome = rejection(raw, RejectionReason.INTERNAL_ERROR, "The extractor stopped " + unfinished
                    + " times while reading this document; it is not read again");
        } else {
            try {
                outcome = duration.record(() -> extract(raw));
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                outcome = internalError(raw, e);
            }
        }
        attempts.end(raw.getDocumentId());
        if (outcome instanceof ExtractionOutcome.Rejected rejected) {
            meters.counter("budgetwatch.documents", "stage", "extraction", "outcome", "rejected").increment();
            meters.counter("budgetwatch.rejections", "stage", "extraction", "reason", rejected.rejection().getReason().name()).increment();
        } else {
            meters.counter("budgetwatch.documents", "stage", "extraction", "outcome", "extracted").increment();
        }
        return outcome;
    }

    private ExtractionOutcome extract(RawDocument raw) {
        byte[] content;
        try {
            content = RawDocumentContent.of(raw, contentStore, settings.maxDocumentBytes());
        } catch (RawDocumentContent.MissingContentException e) {
            return rejection(raw, RejectionReason.CONTENT_MISSING, e.getMessage());
        } catch (RawDocumentContent.ContentTooLargeException e) {
            return rejection(raw, RejectionReason.TOO_LARGE, e.getMessage());
        }
        ExtractionResult result;
        try {
            // the ingest detected the format when it accepted the document; it is not detected a second time here
            result = extractWithin(content, raw.getMediaType());
        } catch (TimeoutException e) {
            return rejection(raw, RejectionReason.TIMEOUT, "Extraction took longer than " + settings.timeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            return e.getCause() instanceof OutOfMemoryError ? rejection(raw, RejectionReason.TOO_LARGE,
                    "Reading the document needed more memory than the extractor has") : internalError(raw, e.getCause());
        }
        if (result instanceof ExtractionResult.Extracted extracted) {
            return tables(raw, extracted);
        }
        ExtractionResult.Rejected rejected = (ExtractionResult.Rejected) result;
        return rejection(raw, RejectionReason.valueOf(rejected.reason().name()), rejected.message());
    }

    /**
     * Extracts on a worker thread and waits at most the timeout. The readers keep the same time themselves and stop
     * when their thread is interrupted, so an abandoned extraction ends soon after and gives its memory back; one that
     * does not is counted ({@code budgetwatch_extraction_abandoned}) until it does.
     */
    private ExtractionResult extractWithin(byte[] content, String mediaType) throws TimeoutException, ExecutionException {
        // RUNNING until the worker finishes or the listener gives up on it, whichever comes first
        AtomicInteger state = new AtomicInteger(RUNNING);
        Future<ExtractionResult> running = workers.submit(() -> {
            try {
                return extractor.extract(content, mediaType);
            } finally {
                if (!state.compareAndSet(RUNNING, FINISHED)) {
                    abandoned.decrementAndGet();
                }
            }
        });
        try {
            return running.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                abandoned.incrementAndGet();
            }
            running.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting", e);
        }
    }

    private ExtractionOutcome tables(RawDocument raw, ExtractionResult.Extracted extracted) {
        DocumentTables tables = mapper.toEvent(raw, extracted.document(), clock.instant());
        long size = TablesEventSize.over(tables, settings.maxEventBytes());
        if (size > 0) {
            return rejection(raw, RejectionReason.TOO_LARGE, "The extracted tables take " + size + " bytes, more than the "
                    + settings.maxEventBytes() + " one event may carry (" + tables.getTables().size() + " tables); split the document");
        }
        log.info("Extracted document {} ({}): {} tables", LogSafe.text(raw.getDocumentId()), LogSafe.text(raw.getFileName()),
                tables.getTables().size());
        return new ExtractionOutcome.Extracted(tables);
    }

    /** A bug of ours, or a document no one foresaw: the document still ends, rejected, and the log has the trace. */
    private ExtractionOutcome internalError(RawDocument raw, Throwable failure) {
        log.error("Extraction of {} failed", LogSafe.text(raw.getDocumentId()), failure);
        return rejection(raw, RejectionReason.INTERNAL_ERROR, "The extractor failed on this document: " + failure.getClass().getSimpleName());
    }

    private ExtractionOutcome rejection(RawDocument raw, RejectionReason reason, String message) {
        log.info("Rejected document {} ({}): {} {}", LogSafe.text(raw.getDocumentId()), LogSafe.text(raw.getFileName()), reason,
                LogSafe.text(message));
        return new ExtractionOutcome.Rejected(Rejection.newBuilder()
                .setDocumentId(raw.getDocumentId())
                .setFileName(raw.getFileName())
                .setStage(Stage.EXTRACTION)
                .setReason(reason)
                .setMessage(message)
                .setRejectedAt(clock.instant())
                .build());
    }
}
