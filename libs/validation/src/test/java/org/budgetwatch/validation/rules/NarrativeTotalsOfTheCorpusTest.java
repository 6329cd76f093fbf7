package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.corpus;
import static org.budgetwatch.validation.rules.TextDocuments.errorsAndWarnings;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.io.IOException;
import java.util.List;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * Narrative figures the rules did not compare until the mutation measure showed them (docs/rules.md, "Measured by
 * changing printed figures"), each in its corpus document as published (no finding) and with that one figure changed.
 */
class NarrativeTotalsOfTheCorpusTest {

    @Test
    void aPartNamedWithItsFundShouldBeThatFundsColumnTotal() throws IOException {
        // 北京市东城区医疗保障局 2024 (line 616): the general budget's 基本支出, 预算07表 合计/基本支出/小计 2,726.30
        String beijing = corpus("beijing-dongcheng-medical-security-2024-budget", "本部门2024年一般公共预算基本支出2726.30万元");
        assertThat(errorsAndWarnings(new NarrAmountRule(), beijing)).isEmpty();
        assertThat(errorsAndWarnings(new NarrAmountRule(), beijing.replace("一般公共预算基本支出2726.30万元", "一般公共预算基本支出2729.30万元")))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("2729.30", "2,726.30");
                });
        // 延边 2024 (line 698): "2024 年部门项目支出 507.67 万元" names no fund: the department's, 支出总表 项目支出
        String yanbian = corpus("yanbian-medical-security-2024-budget", "2024 年部门项目支出 507.67 万元");
        List<Finding> before = errorsAndWarnings(new NarrAmountRule(), yanbian);
        assertThat(errorsAndWarnings(new NarrAmountRule(), yanbian.replace("2024 年部门项目支出 507.67 万元", "2024 年部门项目支出 570.67 万元")))
                .hasSize(before.size() + 1).anySatisfy(f -> assertThat(f.messageZh()).contains("570.67", "507.67"));
    }

    @Test
    void aDepartmentWidePartShouldBeTheGeneralBudgetsWhereTheDepartmentsWholeIsTheGeneralBudget() throws IOException {
        // 保定市满城区医疗保障局 2024 (line 1704): "2024年支出预算9064.36万元，其中基本支出805.64万元，包括人员经费776.30万元…":
        // the 支出总表 has no 人员经费 column, and its total is the general budget's 9,064.36
        String baoding = corpus("baoding-mancheng-medical-security-2024-unit-budget", "包括人员经费776.30万元");
        assertThat(errorsAndWarnings(new NarrAmountRule(), baoding)).isEmpty();
        assertThat(errorsAndWarnings(new NarrAmountRule(), baoding.replace("包括人员经费776.30万元", "包括人员经费779.30万元"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void theThreePublicCostsTotalStatedShouldBeTheTablesTotal() throws IOException {
        // 保定 2024 (line 1712): "我单位财政拨款“三公”经费预算安排3.61万元" against the “三公” table's 3.61
        String baoding = corpus("baoding-mancheng-medical-security-2024-unit-budget", "“三公”经费预算安排3.61万元");
        assertThat(errorsAndWarnings(new NarrAmountRule(), baoding)).isEmpty();
        assertThat(errorsAndWarnings(new NarrAmountRule(), baoding.replace("“三公”经费预算安排3.61万元", "“三公”经费预算安排6.61万元"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.messageZh()).contains("6.61", "3.61");
                });
    }

    @Test
    void aTotalOfASummarySplitOverColumnsShouldBeTheirSum() throws IOException {
        // 延边 2024 (line 636): "2024 年财政拨款收支总预算 1,144.52 万元" — 预算表4 prints 1,053.43 (编制预算) and 91.09 (上年结转)
        String yanbian = corpus("yanbian-medical-security-2024-budget", "2024 年财政拨款收支总预算 1,144.52 万元");
        assertThat(errorsAndWarnings(new NarrTotalRule(), yanbian)).isEmpty();
        assertThat(errorsAndWarnings(new NarrTotalRule(), yanbian.replace("财政拨款收支总预算 1,144.52 万元", "财政拨款收支总预算 1,147.52 万元")))
                .singleElement().satisfies(f -> assertThat(f.messageZh()).contains("1,147.52", "1,053.43+91.09"));
    }

    @Test
    void aTotalWithTheYearRunIntoItShouldBeReadAsTheDocumentsTotal() throws IOException {
        // 保定 2024 (line 1702): "2024预算收入9064.36万元"
        String baoding = corpus("baoding-mancheng-medical-security-2024-unit-budget", "2024预算收入9064.36万元");
        assertThat(errorsAndWarnings(new NarrTotalRule(), baoding)).isEmpty();
        assertThat(errorsAndWarnings(new NarrTotalRule(), baoding.replace("2024预算收入9064.36万元", "2024预算收入9046.36万元"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void theTotalsOfTheListingTablesShouldBeTheNarratives() throws IOException {
        // 北京 2024 pp. 28-29: 政府采购总额 313.12 and 政府采购服务预算 313.12 (预算05表 合计, C-服务), 政府购买服务 预算总额 212.79
        // (预算12表), 项目预算 15 项，总额 38008.35 (预算04表)
        String beijing = corpus("beijing-dongcheng-medical-security-2024-budget", "政府采购总额 313.12 万元");
        assertThat(findings(new NarrTableTotalRule(), beijing)).isEmpty();
        assertThat(TextDocuments.checks(new NarrTableTotalRule(), beijing)).isEqualTo(6); // 总额, 货物 0, 工程 0, 服务, 购买服务, 项目
        for (String[] change : List.of(new String[] {"政府采购总额 313.12 万元", "政府采购总额 331.12 万元"},
                new String[] {"政府采购服务预算 313.12 万元", "政府采购服务预算 316.12 万元"}, new String[] {"预算总额 212.79 万元", "预算总额 215.79 万元"},
                new String[] {"总额 38008.35 万元", "总额 38080.35 万元"})) {
            assertThat(findings(new NarrTableTotalRule(), beijing.replace(change[0], change[1]))).as(change[1]).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.messageZh()).contains(change[1].replaceAll("[^0-9.]", ""));
            });
        }
    }

    @Test
    void aFundsAppropriationStatedForTheDepartmentShouldBeThatFundsTotal() throws IOException {
        // 北京市东城区医疗保障局 2024 (line 580): "本部门 2024 年一般公共预算当年拨款 40734.65 万元" is 预算07表's 40,734.65
        String sentence = "本部门 2024 年一般公共预算当年拨款 40734.65 万元";
        String beijing = corpus("beijing-dongcheng-medical-security-2024-budget", sentence);
        assertThat(errorsAndWarnings(new NarrTotalRule(), beijing)).isEmpty();
        assertThat(errorsAndWarnings(new NarrTotalRule(), beijing.replace(sentence, sentence.replace("40734.65", "40743.65")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("一般公共预算拨款总额", "40743.65", "40,734.65");
                });
        // 武汉 2024 (line 1104): "2024年项目支出 2535.06 万元,其中:一般公共预算本年拨款 1585.06万元" is a part of the projects,
        // not the fund's whole: no year or department before it, not read
        String wuhan = corpus("wuhan-dongxihu-medical-security-2024-budget", "其中:一般公共预算本年拨款 1585.06万元");
        assertThat(findings(new NarrTotalRule(), wuhan).stream().filter(f -> f.messageZh().contains("1585.06"))).isEmpty();
    }
}
