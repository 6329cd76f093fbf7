package org.budgetwatch.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.budgetwatch.contracts.common.DocumentKind;
import org.budgetwatch.contracts.common.DocumentMetadata;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ReportStatus;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.schemas.DocumentState;
import org.junit.jupiter.api.Test;

/**
 * The ledger reads the pipeline topics side by side at start-up, so a document's events come in any order: the status
 * it rebuilds is the same whichever order they come in, file name and first sighting included.
 */
class DisclosureLedgerTest {

    private static final Instant FIRST_SEEN = Instant.parse("2026-03-01T08:00:00Z");

    private final DisclosureLedger ledger = new DisclosureLedger(new LedgerTopics("raw", "tables", "discrepancies", "rejected"),
            "127.0.0.1:1", "mock://ledger", Duration.ofSeconds(1));

    @Test
    void shouldKeepTheFileNameAndFirstSightingWhenTheReportIsReadBeforeTheRawEvent() {
        ledger.apply(report("d1"));
        ledger.apply(tables("d1"));
        ledger.apply(raw("d1"));

        DisclosureStatus status = ledger.status("d1").orElseThrow();
        assertThat(status.state()).isEqualTo(DocumentState.VALIDATED);
        assertThat(status.fileName()).isEqualTo("预算.pdf");
        assertThat(status.firstSeen()).isEqualTo(FIRST_SEEN);
        assertThat(status.department()).isEqualTo("某某局");
        assertThat(ledger.inFlight()).isZero();
    }

    @Test
    void shouldBuildTheSameStatusWhateverTheOrderOfTheEvents() {
        DisclosureLedger inOrder = new DisclosureLedger(new LedgerTopics("raw", "tables", "discrepancies", "rejected"), "127.0.0.1:1",
                "mock://ledger", Duration.ofSeconds(1));
        inOrder.apply(raw("d2"));
        inOrder.apply(tables("d2"));
        inOrder.apply(report("d2"));
        ledger.apply(tables("d2"));
        ledger.apply(raw("d2"));
        ledger.apply(report("d2"));

        assertThat(ledger.status("d2")).isEqualTo(inOrder.status("d2"));
    }

    @Test
    void shouldKnowTheFileNameOfADocumentRejectedBeforeItsRawEventIsRead() {
        ledger.apply(Rejection.newBuilder().setDocumentId("d3").setFileName("坏文件.xls").setStage(Stage.EXTRACTION)
                .setReason(RejectionReason.UNREADABLE).setMessage("cannot be read").setRejectedAt(FIRST_SEEN.plusSeconds(5)).build());
        ledger.apply(raw("d3"));

        DisclosureStatus status = ledger.status("d3").orElseThrow();
        assertThat(status.state()).isEqualTo(DocumentState.REJECTED);
        assertThat(status.fileName()).isEqualTo("坏文件.xls");
        assertThat(status.firstSeen()).isEqualTo(FIRST_SEEN);
        assertThat(ledger.inFlight()).isZero();
    }

    private static RawDocument raw(String id) {
        return RawDocument.newBuilder().setDocumentId(id).setFileName(id.equals("d3") ? "坏文件.xls" : "预算.pdf").setMediaType("application/pdf")
                .setSizeBytes(10).setContentRef("file:///x").setChannel(SubmissionChannel.HTTP).setFirstSeen(FIRST_SEEN).build();
    }

    private static DocumentTables tables(String id) {
        return DocumentTables.newBuilder().setDocumentId(id).setFileName("预算.pdf").setMediaType("application/pdf")
                .setExtractorVersion("test").setMetadata(metadata()).setTables(List.of()).setStatements(List.of())
                .setExtractedAt(FIRST_SEEN.plusSeconds(1)).build();
    }

    private static ValidationReport report(String id) {
        return ValidationReport.newBuilder().setDocumentId(id).setRulesetVersion("test").setMetadata(metadata()).setStatus(ReportStatus.CLEAN)
                .setRuleCounts(List.of()).setDiscrepancies(List.of()).setValidatedAt(FIRST_SEEN.plusSeconds(2)).build();
    }

    private static DocumentMetadata metadata() {
        return DocumentMetadata.newBuilder().setDepartment("某某局").setFiscalYear(2024).setKind(DocumentKind.DEPARTMENT_BUDGET).build();
    }
}
