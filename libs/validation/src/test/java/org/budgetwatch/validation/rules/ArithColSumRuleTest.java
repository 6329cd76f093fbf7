package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

class ArithColSumRuleTest {

    private static final String GENERAL = HEADER + """
            一般公共预算支出表
            单位：万元
            科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出
            \t\t\t小计\t人员经费\t公用经费\t
            210\t卫生健康支出\t%s\t%s\t50.00\t10.00\t40.00
            \t合计\t100.00\t60.00\t50.00\t10.00\t40.00
            """;

    @Test
    void shouldCheckTheTotalColumnAndTheSubtotalOfItsGroupInEveryRow() {
        assertThat(findings(new ArithColSumRule(), GENERAL.formatted("100.00", "60.00"))).isEmpty();
        // 合计 = 小计 + 项目支出 and 小计 = 人员经费 + 公用经费, in both rows
        assertThat(checks(new ArithColSumRule(), GENERAL.formatted("100.00", "60.00"))).isEqualTo(4);
    }

    @Test
    void shouldReportATotalColumnThatIsNotTheSumOfItsParts() {
        assertThat(findings(new ArithColSumRule(), GENERAL.formatted("110.00", "60.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.addends()).containsExactly("60.00", "40.00");
            assertThat(f.locations().get(0).columnPath()).isEqualTo("合计");
        });
    }

    @Test
    void shouldReportAWrongSubtotalOnceAndItsRoundingAsInfo() {
        assertThat(findings(new ArithColSumRule(), GENERAL.formatted("100.00", "61.00")))
                .filteredOn(f -> f.severity() == Severity.ERROR).hasSize(2); // the 小计 itself, and 合计 no longer adds up
        String rounded = GENERAL.replace("50.00\t10.00\t40.00\n\t合计", "50.004\t10.004\t40.00\n\t合计");
        // 50.004 + 10.004 = 60.008, printed as 60.01: rounding, reported as INFO only
        assertThat(findings(new ArithColSumRule(), rounded.formatted("100.00", "60.01"))).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void shouldNotReadColumnsWhoseHeaderItCannotTrust() {
        // a ruling read inside a heading (at its ends it is left out of the heading as part of the drawing)
        String garbled = GENERAL.replace("基本支出", "基本│支出");
        assertThat(checks(new ArithColSumRule(), garbled.formatted("110.00", "60.00"))).isZero();
    }

    @Test
    void shouldLeaveOfWhichColumnsOutOfTheTotal() {
        String text = HEADER + """
                支出总表
                单位：万元
                科目编码\t科目名称\t合计\t基本支出\t项目支出\t其中\t
                \t\t\t\t\t事业单位经营支出\t上缴上级支出
                210\t卫生健康支出\t100.00\t60.00\t40.00\t5.00\t
                """;
        assertThat(findings(new ArithColSumRule(), text)).isEmpty();
        assertThat(checks(new ArithColSumRule(), text)).isEqualTo(1);
    }
}
