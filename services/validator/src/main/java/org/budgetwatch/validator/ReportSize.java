package org.budgetwatch.validator;

import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.schemas.serde.EncodedSize;

/**
 * Whether a report fits in one Kafka record. Only a report with many findings can come near the limit, so only such
 * a report is measured (by encoding it); a send that could never succeed would otherwise roll its whole poll back
 * again and again.
 */
final class ReportSize {

    /** Reports with fewer findings stay far below any sensible limit (a finding encodes to well under 1 KB). */
    static final int MEASURED_FROM = 500;

    private ReportSize() {
    }

    /** @throws ReportTooLargeException when the encoded report is larger than {@code limit} bytes */
    static void check(ValidationReport report, long limit) {
        if (report.getDiscrepancies().size() < MEASURED_FROM) {
            return;
        }
        long size = EncodedSize.of(report);
        if (size > limit) {
            throw new ReportTooLargeException("The report of " + report.getDocumentId() + " takes " + size + " bytes ("
                    + report.getDiscrepancies().size() + " findings), more than the " + limit + " one event may carry");
        }
    }

    /** The report cannot be published; the document is rejected TOO_LARGE with this message. */
    static final class ReportTooLargeException extends IllegalStateException {
        ReportTooLargeException(String message) {
            super(message);
        }
    }
}
