package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * CODE-MALFORMED on the 一般公共预算财政拨款支出表 of 满城区医疗保障局 2024 年单位预算
 * (corpus/baoding-mancheng-medical-security-2024-unit-budget.txt, lines 284–438: its 208 class and the 210 class's
 * 行政事业单位医疗, codes and names in one cell here, the 合计 row made theirs), as printed and with one code mistyped.
 */
class CodeMalformedRuleTest {

    private static final String TABLE = """
            2024年保定市满城区医疗保障局单位预算
            单位预算一般公共预算财政拨款支出表
            单位：万元
            科目\t合计\t基本支出\t项目支出
            合计\t144.34\t144.34\t
            %s 社会保障和就业支出\t115.18\t115.18\t
            %s 行政事业单位养老支出\t115.18\t115.18\t
            2080501 行政单位离退休\t4.87\t4.87\t
            2080505 机关事业单位基本养老保险缴费支出\t71.99\t71.99\t
            2080506 机关事业单位职业年金缴费支出\t38.31\t38.31\t
            210 卫生健康支出\t29.16\t29.16\t
            21011 行政事业单位医疗\t29.16\t29.16\t
            2101101 行政单位医疗\t29.16\t29.16\t
            """;

    @Test
    void shouldPassTheCodesAsPrinted() {
        String text = TABLE.formatted("208", "20805");
        assertThat(findings(new CodeMalformedRule(), text)).isEmpty();
        assertThat(checks(new CodeMalformedRule(), text)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void shouldWarnOfAClassPrintedAsOneDigit() {
        assertThat(findings(new CodeMalformedRule(), TABLE.formatted("7", "20805"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("以 7 开头").contains("不是政府收支分类科目编码");
        });
    }

    @Test
    void shouldWarnOfACodeOfFourDigits() {
        assertThat(findings(new CodeMalformedRule(), TABLE.formatted("208", "2085"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("科目编码 2085").contains("为 4 位"));
    }

    @Test
    void shouldWarnOfASegmentUnderAClassThatIsNotItsPrefix() {
        assertThat(findings(new CodeMalformedRule(), TABLE.formatted("208", "21105"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("款 21105").contains("列在 208").contains("表中也没有 211"));
    }

    @Test
    void shouldWarnOfAClassNoClassificationHas() {
        assertThat(findings(new CodeMalformedRule(), TABLE.formatted("248", "20805")))
                .anySatisfy(f -> assertThat(f.messageZh()).contains("类 248 不在政府收支分类科目中"));
    }
}
