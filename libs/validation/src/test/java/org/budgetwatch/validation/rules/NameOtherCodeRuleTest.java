package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.codes.CodeDictionary;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/** NAME-OTHER-CODE on two real basic-expenditure tables, one in each economic classification. */
class NameOtherCodeRuleTest {

    /** 中共江苏省委办公厅2019年度部门预算, 一般公共预算基本支出预算表（经济科目） (jiangsu-party-committee-office-2019-budget-tables.pdf, p.8). */
    private static final String JIANGSU_2019 = """
            中共江苏省委办公厅2019年度部门预算
            一般公共预算基本支出预算表（经济科目）
            单位：万元
            科目编码\t科目名称\t金额
            302\t商品和服务支出\t600.00
            30201\t办公费\t450.00
            30205\t%s\t50.00
            30206\t%s\t100.00
            \t合计\t600.00
            """;

    /** 北京市东城区医疗保障局 2024, 预算08表 一般公共预算财政拨款基本支出表 (corpus), in the 政府预算支出经济分类. */
    private static final String BEIJING_2024 = """
            北京市东城区医疗保障局2024年部门预算
            预算08表 2024年部门（单位）一般公共预算财政拨款基本支出表
            单位：万元
            经济分类科目编码\t经济分类科目名称\t合计\t人员经费\t公用经费
            50201\t%s\t6.30\t\t6.30
            50202\t会议费\t0.92\t\t0.92
            50203\t培训费\t1.43\t\t1.43
            50209\t维修（护）费\t0.34\t\t0.34
            \t合 计\t8.99\t\t8.99
            """;

    private final NameOtherCodeRule rule = new NameOtherCodeRule(CodeDictionary.standard());

    @Test
    void shouldPassTheTablesAsPrinted() {
        assertThat(findings(rule, JIANGSU_2019.formatted("水费", "电费"))).isEmpty();
        assertThat(checks(rule, JIANGSU_2019.formatted("水费", "电费"))).isEqualTo(4);
        assertThat(findings(rule, BEIJING_2024.formatted("办公经费"))).isEmpty();
    }

    @Test
    void shouldReportNamesSwappedBetweenTwoCodes() {
        assertThat(findings(rule, JIANGSU_2019.formatted("电费", "水费"))).extracting(Finding::messageZh).containsExactly(
                "30205 印作“电费”，这是 30206 的科目名称；2019年部门预算支出经济分类 30205 为“水费”",
                "30206 印作“水费”，这是 30205 的科目名称；2019年部门预算支出经济分类 30206 为“电费”");
    }

    @Test
    void shouldNameTheOtherEconomicClassificationWhoseNameACodeCarries() {
        assertThat(findings(rule, BEIJING_2024.formatted("办公费"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).isEqualTo("50201 印作“办公费”，这是部门预算支出经济分类 30201 的科目名称；2024年政府预算支出经济分类 50201 为“办公经费”");
        });
    }

    @Test
    void nameCodeShouldLeaveAnotherCodesNameToThisRule() {
        assertThat(findings(new NameCodeRule(CodeDictionary.standard()), JIANGSU_2019.formatted("电费", "水费"))).isEmpty();
        assertThat(findings(new NameCodeRule(CodeDictionary.standard()), BEIJING_2024.formatted("办公费"))).isEmpty();
    }
}
