package org.budgetwatch.extraction.office;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.budgetwatch.extraction.WorkBudget;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;

/**
 * POI's own defences, set before any Office file is opened: zip entries that inflate far beyond their packed
 * size (zip bombs) and oversized entries are refused. Errors become rejections with a reason.
 */
final class OfficeSecurity {

    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

    private OfficeSecurity() {
    }

    static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    static ExtractionResult.Rejected rejection(String what, Exception e) {
        if (e instanceof WorkBudget.Exceeded exceeded) {
            return new ExtractionResult.Rejected(exceeded.reason(), exceeded.getMessage());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        if (message.toLowerCase().contains("zip bomb")) {
            return new ExtractionResult.Rejected(RejectionReason.TOO_LARGE, "The " + what + " inflates far beyond its size (zip bomb)");
        }
        if (message.toLowerCase().contains("encrypt") || message.toLowerCase().contains("password")) {
            return new ExtractionResult.Rejected(RejectionReason.ENCRYPTED, "The " + what + " is encrypted");
        }
        return new ExtractionResult.Rejected(RejectionReason.UNREADABLE, "The " + what + " cannot be read: " + message);
    }
}
