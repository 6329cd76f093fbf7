package org.budgetwatch.ingest.ledger;

import org.budgetwatch.schemas.DocumentState;

import java.time.Instant;

/**
 * What the pipeline knows of one document. Fields are filled as the document moves on; null until then.
 */
public record DisclosureStatus(
        String documentId,
        DocumentState state,
        String fileName,
        Instant firstSeen,
        String department,
        Integer fiscalYear,
        Integer tables,
        String reportStatus,
        Long errors,
        Long warnings,
        Long infos,
        String rejectionReason,
        String rejectionMessage) {

    static DisclosureStatus received(String documentId, String fileName, Instant firstSeen) {
        return new DisclosureStatus(documentId, DocumentState.RECEIVED, fileName, firstSeen, null, null, null, null,
                null, null, null, null, null);
    }

    /** The status with the file name and first sighting filled in where they were not known yet. */
    DisclosureStatus seen(String name, Instant first) {
        if ((fileName != null || name == null) && (firstSeen != null || first == null)) {
            return this;
        }
        return new DisclosureStatus(documentId, state, fileName != null ? fileName : name, firstSeen != null ? firstSeen : first, department,
                fiscalYear, tables, reportStatus, errors, warnings, infos, rejectionReason, rejectionMessage);
    }

    DisclosureStatus extracted(String department, Integer fiscalYear, int tables) {
        return new DisclosureStatus(documentId, state == DocumentState.VALIDATED ? state : DocumentState.EXTRACTED, fileName,
                firstSeen, department, fiscalYear, tables, reportStatus, errors, warnings, infos, null, null);
    }

    DisclosureStatus validated(String reportStatus, long errors, long warnings, long infos) {
        return new DisclosureStatus(documentId, DocumentState.VALIDATED, fileName, firstSeen, department, fiscalYear, tables,
                reportStatus, errors, warnings, infos, null, null);
    }

    DisclosureStatus rejected(String reason, String message) {
        return new DisclosureStatus(documentId, DocumentState.REJECTED, fileName, firstSeen, department, fiscalYear, tables,
                null, null, null, null, reason, message);
    }
}
