package org.budgetwatch.validator;

import java.time.Instant;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.schemas.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A document the validator could not report on ends rejected with the reason, so that it is visible and not in flight. */
final class ValidationRejection {

    private static final Logger log = LoggerFactory.getLogger(ValidationRejection.class);

    private ValidationRejection() {
    }

    static Rejection of(DocumentTables tables, Throwable failure, Instant now) {
        boolean tooLarge = failure instanceof ReportSize.ReportTooLargeException;
        if (tooLarge) {
            log.warn("Rejected document {}: {}", LogSafe.text(tables.getDocumentId()), LogSafe.text(failure.getMessage()));
        } else {
            log.error("Validation of {} failed; the document is rejected", LogSafe.text(tables.getDocumentId()), failure);
        }
        return Rejection.newBuilder()
                .setDocumentId(tables.getDocumentId())
                .setFileName(tables.getFileName())
                .setStage(Stage.VALIDATION)
                .setReason(tooLarge ? RejectionReason.TOO_LARGE : RejectionReason.INTERNAL_ERROR)
                .setMessage(tooLarge ? failure.getMessage() : "The validator failed on this document: " + failure.getClass().getSimpleName())
                .setRejectedAt(now)
                .build();
    }
}
