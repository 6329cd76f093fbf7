package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.junit.jupiter.api.Test;

/**
 * XTAB-BALANCE on the summary of 上海市审计局 2026 年单位预算 (shared corpus, shanghai-audit-bureau-2026-unit-budget.pdf, p.7,
 * 2026年预算单位财务收支预算总表): its 收入总计 is printed blank while 支出总计 is 195,774,300 元.
 */
class XtabBalanceBlankTotalTest {

    private static final String SUMMARY = """
            2026年上海市审计局单位预算
            2026年预算单位财务收支预算总表
            编制单位：上海市审计局\t单位：元
            本年收入\t\t本年支出\t
            项目\t预算数\t项目\t预算数
            一、财政拨款收入\t195,774,300\t一、一般公共服务支出\t134,339,860
            1、一般公共预算\t195,774,300\t二、社会保障和就业支出\t23,992,440
            2、政府性基金预算\t\t三、卫生健康支出\t6,142,000
            二、事业收入\t\t四、住房保障支出\t31,300,000
            收入总计\t%s\t支出总计\t%s
            """;

    @Test
    void shouldSayWhichTotalIsMissingRatherThanCompareItWithZero() {
        assertThat(findings(new XtabBalanceRule(), SUMMARY.formatted("", "195,774,300"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("收入总计未填列（空白），支出总计为 195,774,300");
            assertThat(f.messageZh()).doesNotContain("不等于");
            assertThat(f.addends()).containsExactly("195,774,300");
            assertThat(f.unit()).isEqualTo(ValueUnit.YUAN);
        });
        assertThat(findings(new XtabBalanceRule(), SUMMARY.formatted("195,774,300", ""))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("支出总计未填列"));
    }

    @Test
    void shouldStillBalanceTotalsPrintedOnBothSides() {
        assertThat(findings(new XtabBalanceRule(), SUMMARY.formatted("195,774,300", "195,774,300"))).isEmpty();
        assertThat(findings(new XtabBalanceRule(), SUMMARY.formatted("195,774,000", "195,774,300"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
}
