package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * A small but complete budget whose tables agree: 100 万元 of fiscal appropriation plus 10 万元 of 其他收入, spent as
 * 60 basic (50 人员经费 + 10 公用经费) and 50 project expenditure. Each test changes one figure.
 */
class CrossTableRulesTest {

    private static final String BUDGET = HEADER + """
            收支总表
            单位：万元
            收 入\t\t支 出\t
            项目\t预算数\t项目\t预算数
            一、一般公共预算拨款收入\t100.00\t一、卫生健康支出\t{CLASS}
            二、其他收入\t10.00\t\t
            本年收入合计\t110.00\t本年支出合计\t110.00
            收入总计\t110.00\t支出总计\t110.00
            收入总表
            单位：万元
            科目编码\t科目名称\t合计\t一般公共预算\t其他收入
            210\t卫生健康支出\t110.00\t100.00\t10.00
            \t合计\t{REVENUE}\t100.00\t10.00
            支出总表
            单位：万元
            科目编码\t科目名称\t合计\t基本支出\t项目支出
            210\t卫生健康支出\t110.00\t60.00\t50.00
            \t合计\t110.00\t60.00\t{PROJECTS}
            财政拨款收支总表
            单位：万元
            收 入\t\t支 出\t
            项目\t预算数\t项目\t预算数
            一、本年收入\t{FISCAL}\t一、卫生健康支出\t100.00
            收入总计\t{FISCAL}\t支出总计\t100.00
            一般公共预算支出表
            单位：万元
            科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出
            \t\t\t小计\t人员经费\t公用经费\t
            210\t卫生健康支出\t100.00\t60.00\t50.00\t10.00\t40.00
            \t合计\t100.00\t{BASIC}\t50.00\t10.00\t40.00
            一般公共预算基本支出表
            单位：万元
            科目编码\t科目名称\t合计\t人员经费\t公用经费
            301\t工资福利支出\t50.00\t50.00\t
            302\t商品和服务支出\t10.00\t\t10.00
            \t合计\t60.00\t50.00\t10.00
            项目支出表
            单位：万元
            项目名称\t合计\t一般公共预算\t其他资金
            档案整理存储项目\t30.00\t30.00\t
            信息化运维\t20.00\t10.00\t10.00
            合计\t50.00\t40.00\t10.00
            """;

    private static String budget(String revenue, String fiscal, String classAmount, String basic, String projects) {
        return BUDGET.replace("{REVENUE}", revenue).replace("{FISCAL}", fiscal).replace("{CLASS}", classAmount).replace("{BASIC}", basic)
                .replace("{PROJECTS}", projects);
    }

    private static final String AGREEING = budget("110.00", "100.00", "110.00", "60.00", "50.00");

    @Test
    void totalsShouldAgreeAcrossTablesAndLetOtherIncomeMakeTheFiscalSummarySmaller() {
        // revenue = summary income, expenditure = summary spending, fiscal 本年收入 = 一般公共预算拨款收入 (not 其他收入), 一般公共预算 合计
        assertThat(findings(new XtabTotalsRule(), AGREEING)).isEmpty();
        assertThat(checks(new XtabTotalsRule(), AGREEING)).isEqualTo(4);
        assertThat(findings(new XtabTotalsRule(), budget("111.00", "100.00", "110.00", "60.00", "50.00"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("《收入总表》合计", "111.00", "《收支总表》收入总计"));
        assertThat(findings(new XtabTotalsRule(), budget("110.00", "110.00", "110.00", "60.00", "50.00"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void classesShouldAgreeBetweenSummaryAndDetail() {
        assertThat(findings(new XtabClassRule(), AGREEING)).isEmpty();
        assertThat(checks(new XtabClassRule(), AGREEING)).isEqualTo(2);
        assertThat(findings(new XtabClassRule(), budget("110.00", "100.00", "111.00", "60.00", "50.00"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("卫生健康支出", "111.00", "110.00"));
    }

    @Test
    void basicExpenditureShouldMatchTheBasicTable() {
        assertThat(findings(new XtabBasicRule(), AGREEING)).isEmpty();
        assertThat(checks(new XtabBasicRule(), AGREEING)).isEqualTo(3);
        assertThat(findings(new XtabBasicRule(), budget("110.00", "100.00", "110.00", "66.00", "50.00"))).singleElement()
                .satisfies(f -> assertThat(f.addends()).containsExactly("60.00"));
    }

    @Test
    void projectExpenditureShouldMatchTheProjectTable() {
        assertThat(findings(new XtabProjectsRule(), AGREEING)).isEmpty();
        assertThat(checks(new XtabProjectsRule(), AGREEING)).isEqualTo(1);
        assertThat(findings(new XtabProjectsRule(), budget("110.00", "100.00", "110.00", "60.00", "55.00"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
}
