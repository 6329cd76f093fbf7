package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * Final accounts publish the nine tables of the national 部门决算 template. The tables below are rows of 西安市卫生健康委员会
 * 2022年度部门决算 (shared corpus xian-health-commission-2022-final-accounts.pdf, 公开01表–公开09表, pages 145–161).
 */
class FinalAccountsCompletenessTest {

    private static final String HEADER = "西安市卫生健康委员会（汇总）\n2022年度部门决算\n";

    private static final String SUMMARY = """
            收入支出决算总表
            金额单位：万元
            项目\t决算数\t项目\t决算数
            一、一般公共预算财政拨款收入\t296,030.91\t九、卫生健康支出\t296,030.91
            本年收入合计\t296,030.91\t本年支出合计\t296,030.91
            """;
    private static final String REVENUE = """
            收入决算表
            金额单位：万元
            科目代码\t科目名称\t本年收入合计\t财政拨款收入
            221\t住房保障支出\t11,435.91\t8,630.85
            \t合计\t11,435.91\t8,630.85
            """;
    private static final String EXPENDITURE = """
            支出决算表
            金额单位：万元
            科目代码\t科目名称\t本年支出合计\t基本支出
            221\t住房保障支出\t11,435.91\t11,435.91
            \t合计\t11,435.91\t11,435.91
            """;
    private static final String FISCAL = """
            财政拨款收入支出决算总表
            金额单位：万元
            项目\t金额\t项目\t合计
            一、一般公共预算财政拨款\t296,030.91\t九、卫生健康支出\t296,030.91
            本年收入合计\t296,030.91\t本年支出合计\t296,030.91
            """;
    private static final String GENERAL = """
            一般公共预算财政拨款支出决算表
            金额单位：万元
            科目代码\t科目名称\t小计\t基本支出\t项目支出
            2100102\t一般行政管理事务\t691.83\t\t691.83
            \t合计\t691.83\t\t691.83
            """;
    private static final String BASIC = """
            一般公共预算财政拨款基本支出决算表
            金额单位：万元
            科目代码\t科目名称\t决算数
            30201\t办公费\t279.66
            30202\t印刷费\t31.37
            \t合计\t311.03
            """;
    private static final String FUND = """
            政府性基金预算财政拨款收入支出决算表
            金额单位：万元
            科目代码\t科目名称\t年初结转和结余\t本年收入\t本年支出
            229\t其他支出\t58,830.98\t509,220.66\t568,051.63
            \t合计\t58,830.98\t509,220.66\t568,051.63
            """;
    private static final String CAPITAL = """
            国有资本经营预算财政拨款支出决算表
            金额单位：万元
            科目代码\t科目名称\t小计\t基本支出\t项目支出
            \t合计\t\t\t
            %s
            """;
    private static final String SANGONG = """
            财政拨款“三公”经费及会议费、培训费支出决算表
            金额单位：万元
            项目\t小计\t因公出国（境）费用\t公务用车购置及运行维护费\t公务接待费
            决算数\t587.55\t\t587.44\t0.11
            """;
    private static final String CAPITAL_NOTE = "本部门2022年度无国有资本经营预算财政拨款收支，已公开空表。";

    private static String finalAccounts(String capital) {
        return HEADER + SUMMARY + REVENUE + EXPENDITURE + FISCAL + GENERAL + BASIC + FUND + capital + SANGONG;
    }

    @Test
    void shouldFindTheNineTablesOfTheNationalFinalAccountsTemplate() {
        CompleteTablesRule rule = new CompleteTablesRule();
        assertThat(findings(rule, finalAccounts(CAPITAL.formatted(CAPITAL_NOTE)))).isEmpty();
        assertThat(TextDocuments.checks(rule, finalAccounts(CAPITAL.formatted(CAPITAL_NOTE)))).isEqualTo(9);
    }

    @Test
    void shouldNameAMissingFinalAccountsTableByItsTemplateTitle() {
        assertThat(findings(new CompleteTablesRule(), finalAccounts(""))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).isEqualTo("未找到国有资本经营预算财政拨款支出决算表");
        });
    }

    @Test
    void budgetsShouldStillBeAskedForTheBudgetSet() {
        // a budget does not publish 国有资本经营 tables under 143号; a final account does: the set follows the kind
        String budget = "2024年某区某某局部门预算\n" + SUMMARY.replace("决算", "预算");
        assertThat(findings(new CompleteTablesRule(), budget)).extracting(f -> f.messageZh())
                .doesNotContain("未找到国有资本经营预算财政拨款支出决算表").contains("未找到政府性基金预算支出表");
    }

    @Test
    void anEmptyFinalAccountsTableShouldSayWhy() {
        CompleteEmptyNoteRule rule = new CompleteEmptyNoteRule();
        assertThat(findings(rule, finalAccounts(CAPITAL.formatted(CAPITAL_NOTE)))).isEmpty();
        assertThat(findings(rule, finalAccounts(CAPITAL.formatted("")))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("国有资本经营预算财政拨款支出决算表");
        });
    }
}
