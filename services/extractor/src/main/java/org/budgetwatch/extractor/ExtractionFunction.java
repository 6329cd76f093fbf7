package org.budgetwatch.extractor;

import java.time.Clock;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.events.tables.TablesEventMapper;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.schemas.raw.RawDocumentContent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads one raw document into either its table event or its rejection: every document ends in exactly one. */
@Component
public class ExtractionFunction implements Function<RawDocument, ExtractionOutcome> {

    private static final Logger log = LoggerFactory.getLogger(ExtractionFunction.class);

    private final DisclosureExtractor extractor;
    private final TablesEventMapper mapper;
    private final Clock clock;
    private final ExtractorSettings settings;
    private final MeterRegistry meters;
    private final Timer duration;
    /** Extractions run here so that one that overruns its time can be abandoned. */
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "extraction");
        thread.setDaemon(true);
        return thread;
    });

    public ExtractionFunction(DisclosureExtractor extractor, TablesEventMapper mapper, Clock clock, ExtractorSettings settings,
                              MeterRegistry meters) {
        this.extractor = extractor;
        this.mapper = mapper;
        this.clock = clock;
        this.settings = settings;
        this.meters = meters;
        this.duration = Timer.builder("budgetwatch.stage.duration").description("Time to process one document, per stage")
                .tag("stage", "extraction").publishPercentileHistogram().register(meters);
    }

    @Override
    public ExtractionOutcome apply(RawDocument raw) {
        ExtractionOutcome outcome = duration.record(() -> extract(raw));
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
            content = RawDocumentContent.of(raw);
        } catch (RawDocumentContent.MissingContentException e) {
            return rejection(raw, RejectionReason.CONTENT_MISSING, e.getMessage());
        }
        // the ingest detected the format when it accepted the document; it is not detected a second time here
        Future<ExtractionResult> running = workers.submit(() -> extractor.extract(content, raw.getMediaType()));
        ExtractionResult result;
        try {
            result = running.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return rejection(raw, RejectionReason.TIMEOUT, "Extraction took longer than " + settings.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting " + raw.getDocumentId(), e);
        } catch (ExecutionException e) {
            return internalError(raw, e.getCause());
        }
        if (result instanceof ExtractionResult.Extracted extracted) {
            try {
                return tables(raw, extracted);
            } catch (RuntimeException e) {
                return internalError(raw, e);
            }
        }
        ExtractionResult.Rejected rejected = (ExtractionResult.Rejected) result;
        return rejection(raw, RejectionReason.valueOf(rejected.reason().name()), rejected.message());
    }

    private ExtractionOutcome tables(RawDocument raw, ExtractionResult.Extracted extracted) {
        DocumentTables tables = mapper.toEvent(raw, extracted.document(), clock.instant());
        long size = TablesEventSize.over(tables, settings.maxEventBytes());
        if (size > 0) {
            return rejection(raw, RejectionReason.TOO_LARGE, "The extracted tables take " + size + " bytes, more than the "
                    + settings.maxEventBytes() + " one event may carry (" + tables.getTables().size() + " tables); split the document");
        }
        log.info("Extracted document {} ({}): {} tables", raw.getDocumentId(), raw.getFileName(), tables.getTables().size());
        return new ExtractionOutcome.Extracted(tables);
    }

    /** A bug of ours, or a document no one foresaw: the document still ends, rejected, and the log has the trace. */
    private ExtractionOutcome internalError(RawDocument raw, Throwable failure) {
        log.error("Extraction of {} failed", raw.getDocumentId(), failure);
        return rejection(raw, RejectionReason.INTERNAL_ERROR, "The extractor failed on this document: " + failure.getClass().getSimpleName());
    }

    private ExtractionOutcome rejection(RawDocument raw, RejectionReason reason, String message) {
        log.info("Rejected document {} ({}): {} {}", raw.getDocumentId(), raw.getFileName(), reason, message);
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
