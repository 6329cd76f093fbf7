package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
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

    private final NameCodeRule rule = new NameCodeRule(CodeDictionary.standard());

    @Test
    void shouldAcceptTheNameTheClassificationOfTheDocumentsYearGave() {
        assertThat(findings(rule, REVENUE.formatted("2022"))).isEmpty();
    }

    @Test
    void shouldNameAFormerNameAsSuchInALaterDocument() {
        assertThat(findings(rule, REVENUE.formatted("2024"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).isEqualTo("2100410 印作“突发公共卫生事件应急处理”，用的是2023年及以前政府收支分类科目的名称，2024年政府收支分类科目为“突发公共卫生事件应急处置”");
        });
    }

    @Test
    void shouldStillReportANameNoEditionGave() {
        assertThat(findings(rule, REVENUE.formatted("2022").replace("突发公共卫生事件应急处理", "突发公共卫生事件处理费")))
                .singleElement().satisfies(f -> assertThat(f.messageZh()).isEqualTo("2100410 印作“突发公共卫生事件处理费”，2022年政府收支分类科目为“突发公共卫生事件应急处理”"));
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
        assertThat(findings(rule, expenditure.formatted("2021"))).isEmpty();
        assertThat(findings(rule, expenditure.formatted("2022"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("20805", "用的是2021年及以前政府收支分类科目的名称", "行政事业单位养老支出"));
    }

    @Test
    void aClassShouldBeKnownByItsFormerNameToo() {
        // 江苏省人民检察院2017年部门预算, 收支总表: "九、医疗卫生与计划生育支出"
        assertThat(CodeDictionary.standard().classCode("医疗卫生与计划生育支出")).contains("210");
        assertThat(CodeDictionary.standard().otherYearName("210", "医疗卫生与计划生育支出", 2022))
                .hasValueSatisfying(f -> assertThat(f.lastYear()).isEqualTo(2018));
        assertThat(CodeDictionary.standard().otherYearName("210", "医疗卫生与计划生育支出", 2017)).isEmpty();
    }

    @Test
    void shouldJudgeA2017DocumentByThe2017Classification() {
        // 江苏省人民检察院2017年部门预算, 一般公共预算基本支出预算表 (jiangsu-procuratorate-2017-budget.pdf, p.14): the 2017
        // economic classification, before 住房公积金 moved to 30113 and 医疗费 became 医疗费补助
        String basic = """
                江苏省人民检察院%s年部门预算
                一般公共预算基本支出预算表
                单位：万元
                科目编码\t科目名称\t金额
                303\t对个人和家庭的补助\t2,369.15
                30307\t医疗费\t49.68
                30311\t住房公积金\t784.22
                30312\t提租补贴\t1,534.94
                \t合计\t2,368.84
                """;
        assertThat(findings(rule, basic.formatted("2017"))).isEmpty();
        assertThat(findings(rule, basic.formatted("2019"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).isEqualTo("30311 印作“住房公积金”，用的是2017年及以前政府收支分类科目的名称，2019年政府收支分类科目为“代缴社会保险费”");
        });
    }

    @Test
    void shouldNoteALaterNameInAnEarlierDocumentAsAnInfo() {
        // the class as 中共江苏省委办公厅 2019 prints it (收支预算总表 p.1: 九、卫生健康支出), in a 2017 document
        String expenditure = """
                江苏省人民检察院2017年部门预算
                一般公共预算支出预算表
                单位：万元
                科目编码\t科目名称\t金额
                210\t卫生健康支出\t565.12
                21011\t行政事业单位医疗\t565.12
                \t合计\t565.12
                """;
        assertThat(findings(rule, expenditure)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageZh()).isEqualTo("210 印作“卫生健康支出”，用的是2018年起政府收支分类科目的名称，2017年政府收支分类科目为“医疗卫生与计划生育支出”");
        });
    }

    @Test
    void shouldKnowEveryYearsNamesOfAClass() {
        CodeDictionary dictionary = CodeDictionary.standard();
        assertThat(dictionary.names("215", 2019)).containsExactly("资源勘探信息等支出");
        assertThat(dictionary.names("215", 2026)).containsExactly("资源勘探工业信息等支出");
        assertThat(dictionary.names("220", 2017)).containsExactly("国土海洋气象等支出");
        assertThat(dictionary.names("210", 2018)).containsExactlyInAnyOrder("医疗卫生与计划生育支出", "卫生健康支出");
        assertThat(dictionary.names("224", 2017)).isEmpty();
        assertThat(dictionary.classCode("国土海洋气象等支出")).contains("220");
    }

    @Test
    void theDatedNamesOf2024ShouldBeThe2024EditionsOwn() {
        CodeDictionary dictionary = CodeDictionary.standard();
        for (String code : java.util.List.of("210", "21001", "21099", "2109999", "20805", "30307", "30311", "310")) {
            assertThat(dictionary.names(code, 2024)).as(code).hasSize(1);
            assertThat(dictionary.otherYearName(code, dictionary.names(code, 2024).get(0), 2024)).as(code).isEmpty();
        }
    }

    @Test
    void shouldSayAClassNameOfAnotherYearInASummaryAsSuch() {
        // 江苏省人民检察院2017年部门预算, 收支预算总表 (p.10): classes listed by name, without codes, in the 2017 names
        String summary = """
                江苏省人民检察院%s年部门预算
                收支预算总表
                单位：万元
                收 入\t\t支 出\t
                项目\t金额\t项目\t金额
                一、财政拨款\t17,981.68\t四、公共安全支出\t13,629.77
                \t\t七、文化体育与传媒支出\t
                \t\t八、社会保障和就业支出\t2,021.18
                \t\t九、医疗卫生与计划生育支出\t
                \t\t十四、资源勘探信息等支出\t
                \t\t十七、国土海洋气象等支出\t
                \t\t十八、住房保障支出\t2,319.16
                收入总计\t17,981.68\t支出总计\t17,970.11
                """;
        assertThat(findings(rule, summary.formatted("2017"))).isEmpty();
        assertThat(checks(rule, summary.formatted("2017"))).isEqualTo(7);
        assertThat(findings(rule, summary.formatted("2022"))).extracting(f -> f.severity() + " " + f.messageZh()).containsExactlyInAnyOrder(
                "WARNING 207 印作“文化体育与传媒支出”，用的是2018年及以前政府收支分类科目的名称，2022年政府收支分类科目为“文化旅游体育与传媒支出”",
                "WARNING 210 印作“医疗卫生与计划生育支出”，用的是2018年及以前政府收支分类科目的名称，2022年政府收支分类科目为“卫生健康支出”",
                "WARNING 215 印作“资源勘探信息等支出”，用的是2021年及以前政府收支分类科目的名称，2022年政府收支分类科目为“资源勘探工业信息等支出”",
                "WARNING 220 印作“国土海洋气象等支出”，用的是2018年及以前政府收支分类科目的名称，2022年政府收支分类科目为“自然资源海洋气象等支出”");
    }
}
