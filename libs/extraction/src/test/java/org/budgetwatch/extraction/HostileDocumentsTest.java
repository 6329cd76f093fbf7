package org.budgetwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.RejectionAssertions.assertRejected;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Files that are small but would cause a great deal of work are refused for it, with a reason, in a JVM of 512 MB (the
 * build runs this class in one: see the pom). The bounds on time below only guard against a hang; the point is that
 * each ends in a rejection instead of filling the heap.
 */
class HostileDocumentsTest {

    private static final Duration HANG = Duration.ofMinutes(1);
    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());

    @Test
    void shouldRejectA77KilobyteHtmlFileOfCellsSpanning200RowsAnd200Columns() {
        byte[] html = HostileDocuments.spanningCellsHtml(200, 10);
        assertThat(html.length).isBetween(70_000, 85_000);

        ExtractionResult result = within(() -> extractor.extract(html));

        assertRejected(result, RejectionReason.TOO_LARGE);
        assertThat(((ExtractionResult.Rejected) result).message()).contains("columns wide");
    }

    @Test
    void shouldRejectA763KilobyteHtmlFileOfCellsSpanning200RowsAnd200Columns() {
        byte[] html = HostileDocuments.spanningCellsHtml(200, 100);
        assertThat(html.length).isBetween(700_000, 800_000);

        assertRejected(within(() -> extractor.extract(html)), RejectionReason.TOO_LARGE);
    }

    @Test
    void shouldRejectAnHtmlTableWiderThanAnyDisclosure() {
        ExtractionResult result = within(() -> extractor.extract(HostileDocuments.wideHtml(50_000)));

        assertRejected(result, RejectionReason.TOO_LARGE);
        assertThat(((ExtractionResult.Rejected) result).message()).contains("columns wide", "limit of 200");
    }

    @Test
    void shouldRejectAnHtmlTableWhoseSpansLayOutMoreCellsThanTheLimit() {
        ExtractionResult result = within(() -> extractor.extract(HostileDocuments.tallSpannedHtml(20_000)));

        assertRejected(result, RejectionReason.TOO_LARGE);
        assertThat(((ExtractionResult.Rejected) result).message()).contains("cells");
    }

    @Test
    void shouldReadOrRejectTablesNestedTenThousandDeepWithoutOverflowingTheStack() {
        ExtractionResult result = within(() -> extractor.extract(HostileDocuments.nestedTablesHtml(10_000)));

        assertThat(result).isNotNull(); // a result of either kind, and no StackOverflowError on the way
    }

    @Test
    void shouldRejectAWordTableWhoseGridSpansMakeItWiderThanTheLimit() throws Exception {
        ExtractionResult result = within(() -> extractor.extract(HostileDocuments.wideSpannedDocx(2_000, 1_000)));

        assertRejected(result, RejectionReason.TOO_LARGE);
        assertThat(((ExtractionResult.Rejected) result).message()).contains("columns wide");
    }

    @Test
    void shouldRejectWordTablesNestedDeeperThanTheLimit() throws Exception {
        ExtractionResult result = within(() -> extractor.extract(HostileDocuments.nestedTablesDocx(5_000)));

        assertRejected(result, RejectionReason.TOO_LARGE);
        assertThat(((ExtractionResult.Rejected) result).message()).contains("nested");
    }

    @Test
    void shouldReadASheetUnderAMergedRegionThatNamesAMillionRowsByTheRowsItHas() throws Exception {
        ExtractionResult result = within(() -> extractor.extract(HostileDocuments.mergedRegionsOverTheWholeSheet(1, 20)));

        // the region covers the 20 rows the sheet has, not the million it names: read, and nothing in it to find
        assertRejected(result, RejectionReason.NO_TABLES);
    }

    @Test
    void shouldRejectMergedRegionsThatCoverMoreCellsThanTheLimit() throws Exception {
        ExtractionResult result = within(() -> extractor.extract(HostileDocuments.mergedRegionsOverTheWholeSheet(500, 10_000)));

        assertRejected(result, RejectionReason.TOO_LARGE);
    }

    @Test
    void shouldRejectAWorkbookOfMoreCellsThanTheLimitBeforeBuildingIt() throws Exception {
        ExtractionResult result = within(() -> extractor.extract(HostileDocuments.manyCellsXlsx(12_000, 100)));

        assertRejected(result, RejectionReason.TOO_LARGE);
        assertThat(((ExtractionResult.Rejected) result).message()).contains("cells");
    }

    private static <T> T within(Callable<T> work) {
        return Assertions.assertTimeoutPreemptively(HANG, work::call);
    }
}
