package org.budgetwatch.extraction.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.CodeLevel;
import org.budgetwatch.extraction.model.LineSpan;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.junit.jupiter.api.Test;

/** A table's reading is trusted unless it shows what a correct reading never shows, or most of its totals fail. */
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
        assertThat(TableConfidence.of(table).score()).isEqualTo(0.5);
        assertThat(TableConfidence.of(table).doubtful()).as("one failing total is the document's to answer for").isFalse();
    }

    @Test
    void shouldDoubtATableWhoseTotalsMostlyFail() {
        ExtractedTable table = table("""
                支出总表
                单位：万元
                科目编码\t科目名称\t合计\t基本支出\t项目支出
                208\t社会保障和就业支出\t1,107.07\t100.00\t5.00
                210\t卫生健康支出\t208.02\t50.00\t6.00
                \t合计\t2,315.08\t170.00\t1.00
                """);

        TableConfidence confidence = TableConfidence.of(table);

        assertThat(confidence.identities()).isEqualTo(3);
        assertThat(confidence.doubtful()).isTrue();
        assertThat(confidence.reasonsZh()).containsExactly("表内 3 个合计关系中只有 0 个成立");
        assertThat(confidence.reasonsEn()).containsExactly("only 0 of the table's 3 totals hold");
    }

    @Test
    void shouldDoubtATableWithTwoNumbersInACellOrANumberForAName() {
        // as a reader that let a wrapped name swallow the next row's figures would leave it
        ExtractedTable table = new ExtractedTable(0, TableType.EXPENDITURE_SUMMARY, "支出总表", TableSide.WHOLE, AmountUnit.WAN_YUAN,
                new LineSpan(3, 1, 3), List.of(new TableColumn(1, "合计", true)), List.of(
                row(0, "2080505", "机关事业单位基本养老保险缴费支出", "754.75 754.75"),
                row(1, null, "754.75 0.00", "1.00")), null);

        TableConfidence confidence = TableConfidence.of(table);

        assertThat(confidence.severalNumberCells()).isEqualTo(1);
        assertThat(confidence.numericLabels()).isEqualTo(1);
        assertThat(confidence.doubtful()).isTrue();
        assertThat(confidence.score()).isZero();
        assertThat(confidence.reasonsZh()).containsExactly("1 个金额单元格读出两个以上数字", "1 行的名称读成了数字或编码");
    }

    private static TableRow row(int index, String code, String label, String printed) {
        PrintedAmount amount = AmountParser.parseCell(printed, AmountUnit.WAN_YUAN).orElse(null);
        return new TableRow(index, label, code, code == null ? CodeKind.NONE : CodeKind.FUNCTION, CodeLevel.NONE, false, index + 1,
                List.of(new TableCell(1, printed, amount)), 3);
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
        assertThat(TableConfidence.of(table).score()).isEqualTo(1.0);
        assertThat(TableConfidence.of(table).doubtful()).isFalse();
    }

    private static ExtractedTable table(String text) {
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(text.getBytes(StandardCharsets.UTF_8));
        return ((ExtractionResult.Extracted) result).document().tables().get(0);
    }
}
