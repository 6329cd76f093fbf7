package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * XTAB-CLASS against an expenditure table that lists the department's budget units, as Shenzhen's 2026 支出总表
 * (page 20) does: the department's row, then each unit's row followed by its own classes. The rows of two classes
 * (205 教育支出, 210 卫生健康支出) as printed; the department's and the units' rows here hold the sums of those two classes.
 */
class XtabClassUnitsTest {

    private static final String BUDGET = HEADER + """
            收支总表
            单位：万元
            收 入\t\t支 出\t
            项目\t预算数\t项目\t预算数
            一、一般公共预算拨款收入\t540.65\t一、教育支出\t%s
            \t\t二、卫生健康支出\t512.65
            本年收入合计\t540.65\t本年支出合计\t540.65
            收入总计\t540.65\t支出总计\t540.65
            支出总表
            单位：万元
            科目编码\t科目名称\t支出总计\t基本支出\t项目支出
            \t深圳市建筑工务署\t%s\t528.28\t12.36
            \t深圳市建筑工务署（本级）\t125.36\t113.00\t12.36
            205\t教育支出\t13.36\t1.00\t12.36
            210\t卫生健康支出\t112.00\t112.00\t0.00
            \t深圳市建筑工务署文体和水务工程管理中心\t116.04\t116.04\t0.00
            205\t教育支出\t7.59\t7.59\t0.00
            210\t卫生健康支出\t108.45\t108.45\t0.00
            \t深圳市建筑工务署工程管理中心\t207.05\t207.05\t0.00
            205\t教育支出\t7.05\t7.05\t0.00
            210\t卫生健康支出\t200.00\t200.00\t0.00
            \t深圳市建筑工务署工程设计管理中心\t92.19\t92.19\t0.00
            210\t卫生健康支出\t92.19\t92.19\t0.00
            """;

    @Test
    void shouldCompareASummaryClassWithTheSumOfTheUnitsClassRows() {
        // 13.36 + 7.59 + 7.05 = 28.00; 112.00 + 108.45 + 200.00 + 92.19 = 512.64 against 512.65: rounding
        String agreeing = BUDGET.formatted("28.00", "540.64");
        assertThat(findings(new XtabClassRule(), agreeing)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(checks(new XtabClassRule(), agreeing)).isEqualTo(2);
    }

    @Test
    void shouldReportASummaryClassThatTheUnitsContradict() {
        assertThat(findings(new XtabClassRule(), BUDGET.formatted("82.00", "540.64"))).filteredOn(f -> f.severity() == Severity.ERROR)
                .singleElement().satisfies(f -> {
                    assertThat(f.messageZh()).contains("82.00", "教育支出（各预算单位之和）");
                    assertThat(f.addends()).containsExactly("13.36", "7.59", "7.05");
                });
    }

    @Test
    void shouldNotGuessWhenTheUnitsDoNotMakeTheDepartmentsTotal() {
        // a department row that is not the sum of its units: the rows may overlap (a unit inside another), scope unclear
        assertThat(checks(new XtabClassRule(), BUDGET.formatted("82.00", "1,081.28"))).isZero();
    }
}
