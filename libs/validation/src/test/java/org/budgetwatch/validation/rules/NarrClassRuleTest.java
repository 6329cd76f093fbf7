package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.corpus;
import static org.budgetwatch.validation.rules.TextDocuments.errorsAndWarnings;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.io.IOException;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * NARR-CLASS on the 财政拨款收支总体情况 paragraphs of the corpus (北京市东城区医疗保障局 2024 line 574, 延边 2024 line 636) and of
 * 国家信访局 2026 p.18, whose classes are the 财政拨款收支总表's and not the 一般公共预算支出表's.
 */
class NarrClassRuleTest {

    private static final String BEIJING = "beijing-dongcheng-medical-security-2024-budget";
    private static final String BEIJING_CLASSES = "支出包括：社会保障和就业支出 320.14 万元、卫生健康支出 40014.15 万元、住房保障支出 400.35 万元";
    private static final String YANBIAN = "yanbian-medical-security-2024-budget";
    private static final String YANBIAN_CLASSES = "支出包括：社会保障和就业支出 349.50 万元，卫生健康支出 745.38 万元，住房保障支出 49.64 万元";

    private static final String PETITIONS = """
            国家信访局2026年部门预算
            """ + TextDocuments.PETITIONS_FISCAL_SUMMARY + """
            一般公共预算支出表
            单位：万元
            科目编码\t科目名称\t合计\t基本支出\t项目支出
            \t合计\t16,474.82\t11,056.07\t5,418.75
            201\t一般公共服务支出\t13,144.37\t8,000.00\t5,144.37
            205\t教育支出\t118.01\t118.01\t
            208\t社会保障和就业支出\t2,156.86\t2,156.86\t
            221\t住房保障支出\t1,055.58\t781.20\t274.38
            四、关于财政拨款收支总表的说明
            2026 年国家信访局财政拨款收支总预算 18,728.94 万元。支出包括：一般公共服务支出 %s 万元，占 81.65%%；教育支出 118.01 万元，占 0.63%%。
            """;

    @Test
    void shouldPassTheClassesAsTheFiscalSummaryPrintsThem() throws IOException {
        String beijing = corpus(BEIJING, BEIJING_CLASSES);
        assertThat(findings(new NarrClassRule(), beijing)).isEmpty();
        assertThat(checks(new NarrClassRule(), beijing)).isEqualTo(3);
    }

    @Test
    void shouldReportAClassTheNarrativeMisprints() throws IOException {
        String changed = corpus(BEIJING, BEIJING_CLASSES).replace(BEIJING_CLASSES, BEIJING_CLASSES.replace("320.14", "323.14"));
        assertThat(findings(new NarrClassRule(), changed)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("社会保障和就业支出", "323.14", "预算06表", "320.14");
            assertThat(f.addends()).containsExactly("323.14", "320.14");
        });
    }

    @Test
    void shouldAddTheColumnsOfASummaryPrintedWithoutATotalColumn() throws IOException {
        // 预算表4: 八、社会保障和就业支出 314.17 编制预算 + 35.34 上年结转 = 349.51 against 349.50: rounding
        String yanbian = corpus(YANBIAN, YANBIAN_CLASSES);
        assertThat(errorsAndWarnings(new NarrClassRule(), yanbian)).isEmpty();
        assertThat(findings(new NarrClassRule(), yanbian)).extracting(f -> f.severity()).containsOnly(Severity.INFO);
        assertThat(errorsAndWarnings(new NarrClassRule(), yanbian.replace(YANBIAN_CLASSES, YANBIAN_CLASSES.replace("349.50", "394.50"))))
                .singleElement().satisfies(f -> assertThat(f.messageZh()).contains("394.50", "314.17+35.34"));
    }

    @Test
    void shouldReadTheClassesOfAFiscalParagraphInTheFiscalSummaryNotTheGeneralBudgetTable() {
        // 国家信访局 p.18: 15,291.3 is the 财政拨款收支总表's 一般公共服务支出; the 一般公共预算支出表's 201 is 13,144.37
        assertThat(findings(new NarrClassRule(), PETITIONS.formatted("15,291.3"))).isEmpty();
        assertThat(checks(new NarrClassRule(), PETITIONS.formatted("15,291.3"))).isEqualTo(2);
        assertThat(findings(new NarrClassRule(), PETITIONS.formatted("13,144.37"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("13,144.37", "财政拨款收支总表", "15,291.30"));
    }

    @Test
    void shouldNotReadAListNoTotalOpens() {
        String noTotal = PETITIONS.formatted("13,144.37").replace("2026 年国家信访局财政拨款收支总预算 18,728.94 万元。", "");
        assertThat(checks(new NarrClassRule(), noTotal)).isZero();
    }
}
