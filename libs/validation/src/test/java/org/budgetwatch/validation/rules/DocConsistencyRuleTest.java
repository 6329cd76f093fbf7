package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * DOC-CONSISTENCY on the headings and sentences of 西安市卫生健康委员会 2022 年度部门决算 (shared corpus,
 * xian-health-commission-2022-final-accounts.pdf, pp.1–9 and the 编制部门 line over its tables) and of 上海市审计局 2026 年单位预算
 * (shanghai-audit-bureau-2026-unit-budget.pdf, p.7 and p.19), as printed and with a year, a placeholder or a name changed.
 */
class DocConsistencyRuleTest {

    private static final String FINAL_ACCOUNT = """
            西安市卫生健康委员会
            2022年度部门决算
            第一部分 部门概况
            截至%s，本部门人员编制10964人，其中行政编制115名。
            %s
            2022年度收入总计、支出总计均为2,480,372.7万元，与上年相比均增加789,183.4万元，增长46.66%%。
            收入支出决算总表
            编制部门：%s 金额单位：万元
            项目\t决算数\t项目\t决算数
            一、一般公共预算财政拨款收入\t296,030.91\t一、一般公共服务支出\t56.00
            本年收入合计\t296,030.91\t本年支出合计\t56.00
            财政拨款收入支出决算总表
            编制部门：西安市卫生健康委员会（汇总） 金额单位：万元
            项目\t决算数\t项目\t决算数
            一、一般公共预算财政拨款\t296,030.91\t一、一般公共服务支出\t56.00
            本年收入合计\t296,030.91\t本年支出合计\t56.00
            """;
    private static final String AS_PRINTED = FINAL_ACCOUNT.formatted("2022年底", "第二部分 2022年度部门决算情况说明", "西安市卫生健康委员会（汇总）");

    @Test
    void shouldPassTheFinalAccountAsPrinted() {
        assertThat(findings(new DocConsistencyRule(), AS_PRINTED)).isEmpty();
        assertThat(checks(new DocConsistencyRule(), AS_PRINTED)).as("two headings, a date, no placeholder, one compiler").isEqualTo(5);
    }

    @Test
    void shouldWarnOfAHeadingOfAnotherYear() {
        String text = FINAL_ACCOUNT.formatted("2022年底", "第二部分 2021年度部门决算情况说明", "西安市卫生健康委员会（汇总）");
        assertThat(findings(new DocConsistencyRule(), text)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("标题“第二部分2021年度部门决算情况说明”的年度为 2021 年，本文件为 2022 年决算");
        });
    }

    @Test
    void shouldTakeTheYearOfATitleFromTheYearLinePrintedUnderIt() {
        // p. 105: the fund's name holds 2021, the line under the title the table's year
        String text = FINAL_ACCOUNT.formatted("2022年底", "西安市级1.5TMRI（2021年医疗卫生机构能力提升补助资金）项目绩效自评表\n（2022年度）",
                "西安市卫生健康委员会（汇总）");
        assertThat(findings(new DocConsistencyRule(), text)).isEmpty();
        String other = FINAL_ACCOUNT.formatted("2022年底", "西安市级2022年医用内窥镜项目绩效自评表\n（2021年度）", "西安市卫生健康委员会（汇总）");
        assertThat(findings(new DocConsistencyRule(), other)).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("的年度为 2021 年"));
    }

    @Test
    void shouldWarnOfAYearEndDateOfAnotherYearInAFinalAccount() {
        String text = FINAL_ACCOUNT.formatted("2021年12月31日", "第二部分 2022年度部门决算情况说明", "西安市卫生健康委员会（汇总）");
        assertThat(findings(new DocConsistencyRule(), text)).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("日期“截至2021年12月31日”与本文件年度（2022 年决算）不符"));
    }

    @Test
    void shouldWarnOfAPlaceholderAndOfAnotherCompiler() {
        assertThat(findings(new DocConsistencyRule(), FINAL_ACCOUNT.formatted("2022年底", "第二部分 2022年度部门决算情况说明", "XX局")))
                .singleElement().satisfies(f -> assertThat(f.messageZh()).contains("模板占位符“XX局”未替换（1 处）"));
        assertThat(findings(new DocConsistencyRule(), FINAL_ACCOUNT.formatted("2022年底", "第二部分 2022年度部门决算情况说明", "西安市财政局")))
                .singleElement().satisfies(f -> assertThat(f.messageZh()).contains("各表的编制单位不一致：西安市财政局、西安市卫生健康委员会(汇总)"));
    }

    @Test
    void shouldLeaveOtherYearsInSentencesAndBudgetAssetDatesAlone() {
        String budget = """
                2026年上海市审计局单位预算
                截至2025年8月31日，上海市审计局共有车辆0辆，单价100万元（含）以上设备（不含车辆）0台（套）。
                2025年预算执行情况
                2026年上海市审计局收入预算19,577万元，比2025年预算减少290万元。
                2026年单位“三公”经费和机关运行经费预算表
                编制单位：上海市审计局 单位：万元
                项目\t预算数
                合计\t237.92
                因公出国(境)费\t201.80
                """;
        assertThat(findings(new DocConsistencyRule(), budget)).isEmpty();
        assertThat(findings(new DocConsistencyRule(), budget.replace("截至2025年8月31日", "截至2023年8月31日"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("截至2023年8月31日"));
    }
}
