package org.budgetwatch.extraction.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.junit.jupiter.api.Test;

class TableConfidenceTest {

    @Test
    void shouldBeTheShareOfTotalsThatMeetTheirPartsWithinRounding() {
        ExtractedTable table = table("""
                支出总表
                单位：万元
                科目编码\t科目名称\t合计\t基本支出
                208\t社会保障和就业支出\t1,107.07\t100.00
                210\t卫生健康支出\t208.02\t50.00
                \t合计\t1,315.08\t170.00
                """);

        // 合计 1,315.08 meets 1,315.09 within rounding; 基本支出 170.00 is 20 away from 150.00
        assertThat(TableIdentities.rowTotals(table)).hasSize(2);
        assertThat(TableConfidence.of(table)).isEqualTo(0.5);
    }

    @Test
    void shouldTrustATableThatStatesNoCheckableIdentity() {
        ExtractedTable table = table("""
                收入总表
                单位：万元
                项目\t预算数
                一、财政拨款收入\t10.00
                """);

        assertThat(TableIdentities.rowTotals(table)).isEmpty();
        assertThat(TableConfidence.of(table)).isEqualTo(1.0);
    }

    private static ExtractedTable table(String text) {
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(text.getBytes(StandardCharsets.UTF_8));
        return ((ExtractionResult.Extracted) result).document().tables().get(0);
    }
}
