package org.budgetwatch.extractor;

import java.time.Clock;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.schemas.raw.RawDocumentContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads one raw document into either its table event or its rejection: every document ends in exactly one. */
@Component
public class ExtractionFunction {

    private static final Logger log = LoggerFactory.getLogger(ExtractionFunction.class);

    private final DisclosureExtractor extractor;
    private final TablesEventMapper mapper;
    private final Clock clock;

    public ExtractionFunction(DisclosureExtractor extractor, TablesEventMapper mapper, Clock clock) {
        this.extractor = extractor;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** @return a DocumentTables or a Rejection */
    public Object apply(RawDocument raw) {
        byte[] content;
        try {
            content = RawDocumentContent.of(raw);
        } catch (RawDocumentContent.MissingContentException e) {
            return rejection(raw, RejectionReason.CONTENT_MISSING, e.getMessage());
        }
        ExtractionResult result = extractor.extract(content);
        if (result instanceof ExtractionResult.Extracted extracted) {
            DocumentTables tables = mapper.toEvent(raw, extracted.document(), clock.instant());
            log.info("Extracted document {} ({}): {} tables", raw.getDocumentId(), raw.getFileName(), tables.getTables().size());
            return tables;
        }
        ExtractionResult.Rejected rejected = (ExtractionResult.Rejected) result;
        return rejection(raw, RejectionReason.valueOf(rejected.reason().name()), rejected.message());
    }

    private Rejection rejection(RawDocument raw, RejectionReason reason, String message) {
        log.info("Rejected document {} ({}): {} {}", raw.getDocumentId(), raw.getFileName(), reason, message);
        return Rejection.newBuilder()
                .setDocumentId(raw.getDocumentId())
                .setFileName(raw.getFileName())
                .setStage(Stage.EXTRACTION)
                .setReason(reason)
                .setMessage(message)
                .setRejectedAt(clock.instant())
                .build();
    }
}
