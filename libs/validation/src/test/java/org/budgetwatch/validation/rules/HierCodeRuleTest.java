package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * HIER-CODE where a class is printed twice. Yantai's 2026 一般公共预算基本支出情况表 (公开表6, page 19) pairs each
 * department economic code with a government one, so 301 工资福利支出 appears once under 501 机关工资福利支出 and again
 * under 505 对事业单位经常性补助, each followed by its own 款; the rows below, with the government columns left out.
 */
class HierCodeRuleTest {

    private static final String TABLE = HEADER + """
            一般公共预算基本支出情况表
            单位：万元
            科目编码\t科目名称\t小计\t人员支出\t日常公用支出
            \t合计\t%s\t%<s\t
            301\t工资福利支出\t%s\t%<s\t
            30101\t基本工资\t830.34\t830.34\t
            30102\t津贴补贴\t884.37\t884.37\t
            30103\t奖金\t748.44\t748.44\t
            30108\t机关事业单位基本养老保险缴费\t338.02\t338.02\t
            30109\t职业年金缴费\t112.00\t112.00\t
            30110\t职工基本医疗保险缴费\t154.22\t154.22\t
            30111\t公务员医疗补助缴费\t84.50\t84.50\t
            30112\t其他社会保障缴费\t31.99\t31.99\t
            30113\t住房公积金\t295.57\t295.57\t
            301\t工资福利支出\t1,423.81\t1,423.81\t
            30101\t基本工资\t349.22\t349.22\t
            30102\t津贴补贴\t122.49\t122.49\t
            30103\t奖金\t268.99\t268.99\t
            30107\t绩效工资\t269.01\t269.01\t
            30108\t机关事业单位基本养老保险缴费\t137.30\t137.30\t
            30109\t职业年金缴费\t39.00\t39.00\t
            30110\t职工基本医疗保险缴费\t62.64\t62.64\t
            30111\t公务员医疗补助缴费\t34.32\t34.32\t
            30112\t其他社会保障缴费\t19.66\t19.66\t
            30113\t住房公积金\t121.17\t121.17\t
            """;

    @Test
    void shouldAddEachPrintingOfAClassUpFromTheRowsBelowItOnly() {
        // 830.34 + … + 295.57 = 3,479.45 against 3,479.46: rounding; 349.22 + … + 121.17 = 1,423.80 against 1,423.81: rounding
        assertThat(findings(new HierCodeRule(), TABLE.formatted("4,903.27", "3,479.46")))
                .as("each 301 against its own 款, never 3,479.46 against all twenty 款 (4,903.27)")
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(checks(new HierCodeRule(), TABLE.formatted("4,903.27", "3,479.46"))).isEqualTo(4);
    }

    @Test
    void shouldStillReportAPrintingOfTheClassThatItsOwnRowsContradict() {
        assertThat(findings(new HierCodeRule(), TABLE.formatted("4,921.27", "3,497.46"))).filteredOn(f -> f.severity() == Severity.ERROR)
                .hasSize(2).allSatisfy(f -> {
                    assertThat(f.messageZh()).contains("3,497.46");
                    assertThat(f.addends()).hasSize(9).contains("830.34", "295.57");
                });
    }
}
