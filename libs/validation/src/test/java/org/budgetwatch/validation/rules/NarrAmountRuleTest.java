package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/** NARR-AMOUNT and UNIT-SCALE: the narrative's amounts against the tables, and the unit they are printed in. */
class NarrAmountRuleTest {

    private static final String BUDGET = HEADER + """
            一般公共预算支出表
            单位：万元
            科目编码\t科目名称\t合计\t基本支出\t项目支出
            210\t卫生健康支出\t100.00\t60.00\t40.00
            \t合计\t100.00\t60.00\t40.00
            情况说明
            2024 年一般公共预算支出中，基本支出 %s。
            """;

    @Test
    void aStatedAmountShouldEqualTheTableFigure() {
        assertThat(findings(new NarrAmountRule(), BUDGET.formatted("60.00 万元"))).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        assertThat(findings(new NarrAmountRule(), BUDGET.formatted("66.00 万元")))
                .filteredOn(f -> f.ruleId().equals(NarrAmountRule.ID)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("66.00", "60.00");
                });
    }

    @Test
    void theSameDigitsInAnotherUnitShouldBeAUnitError() {
        assertThat(findings(new UnitScaleRule(), BUDGET.formatted("60.00 元"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings(new NarrAmountRule(), BUDGET.formatted("60.00 元"))).as("the unit is wrong, not the figure").isEmpty();
        assertThat(findings(new UnitScaleRule(), BUDGET.formatted("600,000.00 元"))).isEmpty();
        assertThat(findings(new NarrAmountRule(), BUDGET.formatted("600,000.00 元")))
                .filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }
}
