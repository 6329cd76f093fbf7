package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.codes.CodeDictionary;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * A code's name is judged by the classification of the document's year. The rows are those of 西安市卫生健康委员会
 * 2022年度部门决算, 收入决算表 (公开02表, shared corpus xian-health-commission-2022-final-accounts.pdf, page 147), which
 * prints 2100410 under its name before the 2024 classification: 突发公共卫生事件应急处理.
 */
class NameCodeYearTest {

    private static final String REVENUE = """
            西安市卫生健康委员会（汇总）
            %s年度部门决算
            收入决算表
            金额单位：万元
            科目代码\t科目名称\t本年收入合计\t财政拨款收入
            21004\t公共卫生\t80,879.77\t80,879.77
            2100409\t重大公共卫生服务\t3,855.70\t3,855.70
            2100410\t突发公共卫生事件应急处理\t77,024.07\t77,024.07
            \t合计\t80,879.77\t80,879.77
            """;

    private final NameCodeRule rule = new NameCodeRule(CodeDictionary.edition2024());

    @Test
    void shouldAcceptTheNameTheClassificationOfTheDocumentsYearGave() {
        assertThat(findings(rule, REVENUE.formatted("2022"))).isEmpty();
    }

    @Test
    void shouldNameAFormerNameAsSuchInALaterDocument() {
        assertThat(findings(rule, REVENUE.formatted("2024"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).isEqualTo("2100410 印作“突发公共卫生事件应急处理”，这是2024年以前的科目名称，2024年政府收支分类科目为“突发公共卫生事件应急处置”");
        });
    }

    @Test
    void shouldStillReportANameNoEditionGave() {
        assertThat(findings(rule, REVENUE.formatted("2022").replace("突发公共卫生事件应急处理", "突发公共卫生事件处理费")))
                .singleElement().satisfies(f -> assertThat(f.messageZh()).contains("2024年政府收支分类科目为“突发公共卫生事件应急处置”"));
    }

    @Test
    void shouldAcceptAKuanNameOfTheDocumentsYear() {
        // 中共江苏省委办公厅2019年度部门预算公开表格, 一般公共预算支出表 (jiangsu-party-committee-office-2019-budget-tables.pdf)
        String expenditure = """
                中共江苏省委办公厅%s年度部门预算
                一般公共预算支出表
                单位：万元
                科目编码\t科目名称\t合计
                20805\t行政事业单位离退休\t1,374.63
                2080504\t未归口管理的行政单位离退休\t275.54
                2080505\t机关事业单位基本养老保险缴费支出\t785.06
                2080506\t机关事业单位职业年金缴费支出\t314.03
                \t合计\t1,374.63
                """;
        assertThat(findings(rule, expenditure.formatted("2019"))).isEmpty();
        assertThat(findings(rule, expenditure.formatted("2020"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("20805", "这是2020年以前的科目名称", "行政事业单位养老支出"));
    }

    @Test
    void aClassShouldBeKnownByItsFormerNameToo() {
        // 江苏省人民检察院2017年部门预算, 收支总表: "九、医疗卫生与计划生育支出"
        assertThat(CodeDictionary.edition2024().classCode("医疗卫生与计划生育支出")).contains("210");
        assertThat(CodeDictionary.edition2024().formerName("210", "医疗卫生与计划生育支出")).hasValueSatisfying(f -> assertThat(f.lastYear()).isEqualTo(2018));
    }
}
