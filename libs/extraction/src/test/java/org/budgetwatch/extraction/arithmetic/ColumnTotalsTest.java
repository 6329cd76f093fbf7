package org.budgetwatch.extraction.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.junit.jupiter.api.Test;

/** The column identities a header states, and when a table whose figures OCR spaced out may be held to them. */
class ColumnTotalsTest {

    @Test
    void shouldStateTheIdentitiesOfAnOcrSpacedTableWhoseSumsFailInOneRowAtMost() {
        ExtractedTable table = table("""
                一般公共预算支出表
                单位：万元
                科目编码\t科目名称\t合计\t基本支出\t项目支出
                201\t一般公共服务支出\t1, 300. 00\t1, 000. 00\t300. 00
                20101\t人大事务\t1, 300. 00\t1, 000. 00\t300. 00
                2010101\t行政运行\t1, 303. 00\t1, 000. 00\t300. 00
                """);

        assertThat(ColumnTotals.structure(table)).hasSize(1);
        assertThat(ColumnTotals.of(table)).filteredOn(t -> !t.holds()).singleElement()
                .satisfies(t -> assertThat(t.row().code()).isEqualTo("2010101"));
    }

    @Test
    void shouldStateNoIdentityOfAnOcrSpacedTableWhoseSumsFailInEveryRow() {
        // a column lost in one place shifts the figures under the wrong headings in every row
        ExtractedTable table = table("""
                一般公共预算支出表
                单位：万元
                科目编码\t科目名称\t合计\t基本支出\t项目支出
                201\t一般公共服务支出\t1, 000. 00\t300. 00\t
                20101\t人大事务\t1, 000. 00\t300. 00\t
                """);

        assertThat(ColumnTotals.structure(table)).isEmpty();
    }

    @Test
    void shouldStateNoIdentityOfAnOcrSpacedTableWithFiguresUnderALabelsHeading() {
        ExtractedTable table = table("""
                项目支出表
                单位：万元
                项目名称\t项目单位\t合计\t一般公共预算\t其他资金
                某某项目\t1, 600. 00\t1, 500. 00\t1, 200. 00\t300. 00
                另一项目\t600. 00\t500. 00\t200. 00\t300. 00
                """);

        assertThat(table.columns()).extracting(c -> c.path()).contains("项目单位");
        assertThat(ColumnTotals.structure(table)).isEmpty();
    }

    private static ExtractedTable table(String text) {
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(text.getBytes(StandardCharsets.UTF_8));
        return ((ExtractionResult.Extracted) result).document().tables().get(0);
    }
}
