package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * XTAB-CODES on the tables of 上海市普陀区财政局 2025年部门预算 (shared corpus shanghai-putuo-finance-bureau-2025-budget.pdf):
 * 收入预算总表 p.10, 支出预算总表 p.12, 财政拨款收支预算总表 p.14 and 一般公共预算支出功能分类预算表 p.15, the rows of
 * classes 208 and 210 as printed (in 元), the totals those two classes make.
 */
class XtabCodesRuleTest {

    private static final String BUDGET = """
            上海市普陀区财政局2025年%s
            2025年部门收入预算总表
            单位：元
            功能分类科目编码\t功能分类科目名称\t合计\t财政拨款收入\t事业收入
            208\t社会保障和就业支出\t3,508,644.00\t3,508,644.00\t
            20805\t行政事业单位养老支出\t3,508,644.00\t3,508,644.00\t
            2080501\t行政单位离退休\t877,080.00\t877,080.00\t
            2080505\t机关事业单位基本养老保险缴费支出\t1,748,327.00\t1,748,327.00\t
            2080506\t机关事业单位职业年金缴费支出\t873,617.00\t873,617.00\t
            %s
            210\t卫生健康支出\t782,164.00\t782,164.00\t
            21011\t行政事业单位医疗\t782,164.00\t782,164.00\t
            2101101\t行政单位医疗\t782,164.00\t782,164.00\t
            \t合计\t4,290,808.00\t4,290,808.00\t
            2025年部门支出预算总表
            单位：元
            功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出
            208\t社会保障和就业支出\t3,508,644.00\t3,508,644.00\t
            20805\t行政事业单位养老支出\t3,508,644.00\t3,508,644.00\t
            2080501\t行政单位离退休\t877,080.00\t877,080.00\t
            2080505\t机关事业单位基本养老保险缴费支出\t1,748,327.00\t1,748,327.00\t
            2080506\t机关事业单位职业年金缴费支出\t873,617.00\t873,617.00\t
            2080599\t其他行政事业单位养老支出\t9,620.00\t9,620.00\t
            210\t卫生健康支出\t782,164.00\t782,164.00\t
            21011\t行政事业单位医疗\t782,164.00\t782,164.00\t
            2101101\t行政单位医疗\t%s\t%s\t
            \t合计\t4,290,808.00\t4,290,808.00\t
            2025年部门财政拨款收支预算总表
            单位：元
            财政拨款收入\t\t财政拨款支出\t
            项目\t预算数\t项目\t合计
            一、一般公共预算资金\t4,290,808.00\t一、社会保障和就业支出\t3,508,644.00
            二、政府性基金\t\t二、卫生健康支出\t%s
            收入总计\t4,290,808.00\t支出总计\t4,290,808.00
            2025年部门一般公共预算支出功能分类预算表
            单位：元
            功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出
            208\t社会保障和就业支出\t3,508,644.00\t3,508,644.00\t
            20805\t行政事业单位养老支出\t3,508,644.00\t3,508,644.00\t
            2080501\t行政单位离退休\t877,080.00\t877,080.00\t
            2080505\t机关事业单位基本养老保险缴费支出\t1,748,327.00\t1,748,327.00\t
            2080506\t机关事业单位职业年金缴费支出\t873,617.00\t873,617.00\t
            2080599\t其他行政事业单位养老支出\t9,620.00\t9,620.00\t
            210\t卫生健康支出\t782,164.00\t782,164.00\t
            21011\t行政事业单位医疗\t782,164.00\t782,164.00\t
            2101101\t行政单位医疗\t782,164.00\t782,164.00\t
            \t合计\t4,290,808.00\t4,290,808.00\t
            """;

    private static final String ROW_2080599 = "2080599\t其他行政事业单位养老支出\t9,620.00\t9,620.00\t";

    private static String budget(String kind, String revenueRow, String medical, String summaryHealth) {
        return BUDGET.formatted(kind, revenueRow, medical, medical, summaryHealth);
    }

    private static String asPrinted() {
        return budget("部门预算", ROW_2080599, "782,164.00", "782,164.00");
    }

    @Test
    void shouldPassTheTablesAsPrinted() {
        assertThat(findings(new XtabCodesRule(), asPrinted())).isEmpty();
        assertThat(checks(new XtabCodesRule(), asPrinted())).isGreaterThan(20);
    }

    @Test
    void shouldReportACodeTheIncomeTableLacks() {
        assertThat(findings(new XtabCodesRule(), budget("部门预算", "", "782,164.00", "782,164.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).isEqualTo("《2025年部门支出预算总表》列有 2080599 其他行政事业单位养老支出（9,620.00），《2025年部门收入预算总表》没有这一科目");
            assertThat(f.locations()).hasSize(2);
        });
    }

    @Test
    void shouldReportACodeTheExpenditureTablePrintsWithoutAmount() {
        // 2101101 left blank in the 支出预算总表: missing against the 收入预算总表 and against the general budget's table
        assertThat(findings(new XtabCodesRule(), budget("部门预算", ROW_2080599, "", "782,164.00")))
                .extracting(f -> f.messageZh())
                .containsExactlyInAnyOrder(
                        "《2025年部门收入预算总表》列有 2101101 行政单位医疗（782,164.00），《2025年部门支出预算总表》印有这一科目但没有金额",
                        "《2025年部门一般公共预算支出功能分类预算表》列有 2101101 行政单位医疗（782,164.00），《2025年部门支出预算总表》印有这一科目但没有金额");
    }

    @Test
    void shouldReportAClassTheFiscalSummaryLeavesBlank() {
        assertThat(findings(new XtabCodesRule(), budget("部门预算", ROW_2080599, "782,164.00", ""))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).isEqualTo(
                        "《2025年部门一般公共预算支出功能分类预算表》列有 210 卫生健康支出（782,164.00），《2025年部门财政拨款收支预算总表》支出方这一类没有金额"));
    }

    @Test
    void shouldOnlyNoteIncomeAndSpendingCodesThatDifferInFinalAccounts() {
        assertThat(findings(new XtabCodesRule(), budget("部门决算", "", "782,164.00", "782,164.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageZh()).contains("2080599", "年初结转和结余");
        });
    }

    @Test
    void shouldTakeARowWhoseCodeWasLostInReadingForThatCode() {
        String uncoded = budget("部门预算", "\t其他行政事业单位养老支出\t9,620.00\t9,620.00\t", "782,164.00", "782,164.00");
        assertThat(findings(new XtabCodesRule(), uncoded)).isEmpty();
    }

    @Test
    void shouldNotLookForAnItemInATableOfClasses() {
        String classesOnly = """
                上海市普陀区财政局2025年部门预算
                2025年部门收入预算总表
                单位：元
                功能分类科目编码\t功能分类科目名称\t合计\t财政拨款收入
                201\t一般公共服务支出\t22,186,440.80\t22,186,440.80
                208\t社会保障和就业支出\t3,508,644.00\t3,508,644.00
                210\t卫生健康支出\t782,164.00\t782,164.00
                \t合计\t26,477,248.80\t26,477,248.80
                2025年部门支出预算总表
                单位：元
                功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出
                201\t一般公共服务支出\t22,186,440.80\t16,093,326.00\t6,093,114.80
                2010601\t行政运行\t16,231,840.80\t16,093,326.00\t138,514.80
                2010602\t一般行政管理事务\t100,000.00\t\t100,000.00
                208\t社会保障和就业支出\t3,508,644.00\t3,508,644.00\t
                210\t卫生健康支出\t782,164.00\t782,164.00\t
                \t合计\t26,477,248.80\t20,384,134.00\t6,093,114.80
                """;
        assertThat(findings(new XtabCodesRule(), classesOnly)).isEmpty();
        assertThat(checks(new XtabCodesRule(), classesOnly)).isEqualTo(6);
    }

    @Test
    void shouldFindEveryBasicEconomicClassInTheGeneralBudgetsEconomicTable() {
        // 福州市民政局（本级）2026年单位预算 (fuzhou-civil-affairs-2026-unit-budget.pdf), pp. 19–20, the classes as printed
        String fuzhou = """
                福州市民政局（本级）2026年单位预算
                2026年度一般公共预算支出经济分类情况表
                单位：万元
                科目编码\t科目名称\t预算数
                \t合计\t2144.92
                301\t工资福利支出\t1122.98
                302\t商品和服务支出\t776.33
                303\t对个人和家庭的补助\t%s
                307\t债务利息及费用支出\t
                310\t资本性支出\t6.30
                2026年度一般公共预算基本支出经济分类情况表
                单位：万元
                科目编码\t科目名称\t预算数
                \t合计\t1451.64
                301\t工资福利支出\t1122.98
                302\t商品和服务支出\t109.35
                303\t对个人和家庭的补助\t219.31
                307\t债务利息及费用支出\t
                310\t资本性支出\t
                """;
        assertThat(findings(new XtabCodesRule(), fuzhou.formatted("239.31"))).isEmpty();
        assertThat(checks(new XtabCodesRule(), fuzhou.formatted("239.31"))).isEqualTo(3);
        assertThat(findings(new XtabCodesRule(), fuzhou.formatted(""))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).isEqualTo(
                        "《2026年度一般公共预算基本支出经济分类情况表》列有 303 对个人和家庭的补助（219.31），《2026年度一般公共预算支出经济分类情况表》印有这一科目但没有金额"));
    }
}
