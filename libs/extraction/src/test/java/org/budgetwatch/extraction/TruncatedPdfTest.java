package org.budgetwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.RejectionAssertions.assertRejected;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A PDF cut off on its way (a broken download) is unreadable, not a scan without text nor a disclosure without tables. */
class TruncatedPdfTest {

    private static final Path PDF = Path.of("src/test/resources/formats/beijing-dongcheng-medical-security-2024-budget.word.pdf");
    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());

    @ParameterizedTest(name = "{0}% of the file")
    @ValueSource(ints = {10, 50, 90, 99})
    void shouldRejectATruncatedPdfAsUnreadableAndSaySo(int percent) throws Exception {
        byte[] whole = Files.readAllBytes(PDF);

        ExtractionResult result = extractor.extract(Arrays.copyOf(whole, whole.length * percent / 100));

        assertRejected(result, RejectionReason.UNREADABLE);
        assertThat(((ExtractionResult.Rejected) result).message()).contains("truncated");
    }

    @Test
    void shouldStillReadTheWholeFileAndOneWithAFewBytesAfterItsEnd() throws Exception {
        byte[] whole = Files.readAllBytes(PDF);
        byte[] trailing = Arrays.copyOf(whole, whole.length + 100);
        Arrays.fill(trailing, whole.length, trailing.length, (byte) '\n');

        assertThat(extractor.extract(whole)).isInstanceOf(ExtractionResult.Extracted.class);
        assertThat(extractor.extract(trailing)).isInstanceOf(ExtractionResult.Extracted.class);
    }
}
