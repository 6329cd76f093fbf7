package org.budgetwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.RejectionAssertions.assertRejected;

import java.time.Duration;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.junit.jupiter.api.Test;

/** The time a document may take is a bound the readers keep while they read, not only one the caller waits for. */
class WorkBudgetTest {

    @Test
    void shouldRejectADocumentWhoseReadingOutlastsItsTimeAsATimeout() {
        DisclosureExtractor impatient = new DisclosureExtractor(ExtractionLimits.defaults().withMaxTime(Duration.ZERO));

        ExtractionResult result = impatient.extract(HostileDocuments.tallSpannedHtml(100));

        assertRejected(result, RejectionReason.TIMEOUT);
        assertThat(((ExtractionResult.Rejected) result).message()).contains("longer than 0 s");
    }

    @Test
    void shouldStopInterpretingAPdfPageOfMillionsOfOperatorsWhenTheTimeIsUp() throws Exception {
        byte[] pdf = HostileDocuments.pageOfManyOperators(2_000_000);
        DisclosureExtractor impatient = new DisclosureExtractor(ExtractionLimits.defaults().withMaxTime(Duration.ofMillis(1)));

        ExtractionResult result = impatient.extract(pdf);

        // read to its end, the page has no text: NO_TEXT_LAYER; stopped on the way, it is a timeout
        assertRejected(result, RejectionReason.TIMEOUT);
        assertThat(pdf.length).as("a small file").isLessThan(1 << 20);
    }

    @Test
    void shouldStopReadingWhenItsThreadIsInterrupted() {
        DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
        Thread.currentThread().interrupt();
        try {
            ExtractionResult result = extractor.extract(HostileDocuments.tallSpannedHtml(100));

            assertRejected(result, RejectionReason.TIMEOUT);
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is left for the caller to see").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void shouldChargeEveryLaidOutCellOfADocumentToOneBudget() {
        DisclosureExtractor small = new DisclosureExtractor(ExtractionLimits.defaults().withMaxCells(1_000));

        ExtractionResult result = small.extract(HostileDocuments.tallSpannedHtml(20));

        assertRejected(result, RejectionReason.TOO_LARGE);
        assertThat(((ExtractionResult.Rejected) result).message()).contains("more than 1000 cells");
    }

    @Test
    void shouldStillReadAnOrdinaryHtmlDisclosureWithinTheDefaults() throws Exception {
        byte[] html = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/formats/merged-headers.html"));

        assertThat(new DisclosureExtractor(ExtractionLimits.defaults()).extract(html)).isInstanceOf(ExtractionResult.Extracted.class);
    }
}
