package org.budgetwatch.extraction;

import static org.budgetwatch.extraction.RejectionAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.junit.jupiter.api.Test;

/** Bad input ends in a typed rejection with a reason, never an exception. */
class BadInputTest {

    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults().withMaxBytes(1024 * 1024));

    @Test
    void shouldRejectAnEmptyFile() {
        assertRejected(extractor.extract(new byte[0]), RejectionReason.EMPTY);
    }

    @Test
    void shouldRejectBinaryGarbageAsUnsupported() {
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        assertRejected(extractor.extract(garbage), RejectionReason.UNSUPPORTED_FORMAT);
    }

    @Test
    void shouldRejectAFileOverTheLimitWithoutReadingIt() {
        assertRejected(extractor.extract(new byte[1024 * 1024 + 1]), RejectionReason.TOO_LARGE);
    }

    /**
     * 50 MB of text: the Beijing disclosure 811 times over, 13,787 tables. Read within the default limits, it is refused
     * for its rows (a disclosure runs to hundreds) instead of becoming one enormous event; the bound on time only
     * guards against a hang.
     */
    @Test
    void shouldRejectFiftyMegabytesOfConcatenatedDisclosuresForTheirRows() throws java.io.IOException {
        byte[] one = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../../corpus/beijing-dongcheng-medical-security-2024-budget.txt"));
        byte[] fifty = new byte[(int) (50L * 1024 * 1024 / one.length) * one.length];
        for (int at = 0; at < fifty.length; at += one.length) {
            System.arraycopy(one, 0, fifty, at, one.length);
        }
        DisclosureExtractor defaults = new DisclosureExtractor(ExtractionLimits.defaults());

        ExtractionResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                () -> defaults.extract(fifty));

        assertRejected(result, RejectionReason.TOO_LARGE);
        assertThat(((ExtractionResult.Rejected) result).message()).contains("rows, more than the limit of 50000");
    }

    @Test
    void shouldRejectTextWithoutAnyTable() {
        byte[] prose = "本部门2024年没有公开任何表格。\n只有说明文字。\n".getBytes(StandardCharsets.UTF_8);
        assertRejected(extractor.extract(prose), RejectionReason.NO_TABLES);
    }

    @Test
    void shouldReadGb18030AndUtf16TextLikeUtf8() {
        String text = "2024年某某区某某局部门预算\n收支总表\n单位：万元\n项目\t预算数\n合计\t1,234.50\n";
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16}) {
            ExtractionResult result = extractor.extract(text.getBytes(charset));
            assertThat(result).as(charset.name()).isInstanceOf(ExtractionResult.Extracted.class);
            var table = ((ExtractionResult.Extracted) result).document().tables().get(0);
            assertThat(table.title()).isEqualTo("收支总表");
            assertThat(table.rows().get(0).cells().get(0).amount().value()).isEqualByComparingTo("1234.50");
        }
    }

}
