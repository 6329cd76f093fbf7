package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.codes.CodeDictionary;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

class NameAndCountRulesTest {

    private static final String EXPENDITURE = HEADER + """
            支出总表
            单位：万元
            科目编码\t科目名称\t合计\t基本支出\t项目支出
            210\t卫生健康支出\t100.00\t60.00\t40.00
            21015\t%s\t100.00\t60.00\t40.00
            2101501\t行政运行\t60.00\t60.00\t
            2101502\t一般行政管理事务\t40.00\t\t40.00
            \t合计\t100.00\t60.00\t40.00
            一般公共预算支出表
            单位：万元
            科目编码\t科目名称\t合计\t基本支出\t项目支出
            210\t卫生健康支出\t100.00\t60.00\t40.00
            21015\t医疗保障管理事务\t100.00\t60.00\t40.00
            \t合计\t100.00\t60.00\t40.00
            """;

    @Test
    void dictionaryShouldHoldTheClassesTheCorpusUses() {
        CodeDictionary dictionary = CodeDictionary.standard();
        assertThat(dictionary.name("2101502", 2024)).contains("一般行政管理事务");
        assertThat(dictionary.name("30217", 2024)).contains("公务接待费");
        assertThat(dictionary.name("50905", 2024)).contains("离退休费");
        assertThat(dictionary.classCode("住房保障支出")).contains("221");
        for (String code : new String[] {"201", "205", "208", "210", "221", "301", "302", "303", "310", "501", "505", "509"}) {
            assertThat(dictionary.name(code, 2024)).as(code).isPresent();
        }
    }

    @Test
    void codeNamesShouldMatchTheClassificationAndStayTheSameWithinADocument() {
        NameCodeRule rule = new NameCodeRule(CodeDictionary.standard());
        assertThat(findings(rule, EXPENDITURE.formatted("医疗保障管理事务"))).isEmpty();
        assertThat(findings(rule, EXPENDITURE.formatted("医疗保险管理事务")))
                .extracting(f -> f.messageZh())
                .anySatisfy(m -> assertThat(m).contains("21015", "医疗保险管理事务", "医疗保障管理事务"))
                .anySatisfy(m -> assertThat(m).contains("同一科目编码 21015"));
        assertThat(findings(rule, EXPENDITURE.formatted("医疗保险管理事务"))).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    private static final String PROJECTS = HEADER + """
            项目支出表
            单位：万元
            科目编码\t项目名称\t合计\t一般公共预算
            2101599\t档案整理存储项目\t107.50\t107.50
            2101599\t档案整理存储项目\t2.50\t2.50
            2109999\t%s\t500.00\t500.00
            \t合计\t610.00\t610.00
            项目支出绩效表
            单位：万元
            项目编码\t项目名称\t项目总额\t财政资金
            11010122T000000399526\t档案整理存储项目\t110.00\t110.00
            11010122T000000399524\t退养人员医疗补贴\t500.00\t500.00
            情况说明
            2024 年共批复本部门项目预算 %s 项。
            """;

    @Test
    void oneProjectShouldCarryOneName() {
        assertThat(findings(new NameProjectRule(), PROJECTS.formatted("退养人员医疗补贴", "2"))).isEmpty();
        assertThat(findings(new NameProjectRule(), PROJECTS.formatted("退休人员医疗补贴", "2"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("退休人员医疗补贴", "退养人员医疗补贴", "11010122T000000399524");
        });
        // a different project of a different amount is not the same project
        assertThat(findings(new NameProjectRule(), PROJECTS.formatted("信息化运维", "2").replace("\t500.00\t500.00\n\t合计", "\t90.00\t90.00\n\t合计")))
                .isEmpty();
    }

    @Test
    void projectCountsShouldMatchTheProjectTableCountingAProjectFundedTwiceOnce() {
        // three rows, two distinct projects: 2 is right (and so would 3 be, one row per funding line)
        assertThat(findings(new NarrCountRule(), PROJECTS.formatted("退养人员医疗补贴", "2"))).isEmpty();
        assertThat(checks(new NarrCountRule(), PROJECTS.formatted("退养人员医疗补贴", "2"))).isEqualTo(1);
        assertThat(findings(new NarrCountRule(), PROJECTS.formatted("退养人员医疗补贴", "5"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.locations().get(0).sentence()).contains("项目预算 5 项");
        });
    }

    @Test
    void countsOfOtherThingsShouldNotBeCompared() {
        String staff = PROJECTS.formatted("退养人员医疗补贴", "2") + "项目实施方案 16个岗位，核定内设机构 5 个。\n";
        assertThat(findings(new NarrCountRule(), staff)).isEmpty();
    }
}
