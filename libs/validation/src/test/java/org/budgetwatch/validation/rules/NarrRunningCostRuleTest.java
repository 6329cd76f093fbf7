package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.corpus;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.io.IOException;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * NARR-RUNNING-COST on the corpus: 延边 2024 line 680 (the units it counts are the document's two), 保定 2024 line 1709 (its
 * 名词解释 defines 机关运行经费 as 公用经费), and a sentence of 国家信访局's kind, which nothing ties to the 公用经费.
 */
class NarrRunningCostRuleTest {

    private static final String YANBIAN = "2024年部门本级1家行政单位以及1家参公管理事业单位的机关运行经费财政拨款预算79.86万元";
    private static final String BAODING = "我单位运行经费共计安排29.34万元";

    @Test
    void shouldCompareTheRunningCostOfEveryUnitOfTheDocumentWithItsOtherCosts() throws IOException {
        String yanbian = corpus("yanbian-medical-security-2024-budget", YANBIAN);
        assertThat(findings(new NarrRunningCostRule(), yanbian)).isEmpty();
        assertThat(checks(new NarrRunningCostRule(), yanbian)).isEqualTo(1);
        assertThat(findings(new NarrRunningCostRule(), yanbian.replace(YANBIAN, YANBIAN.replace("79.86", "72.86")))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("机关运行经费", "72.86", "预算表6", "公用经费", "79.86");
        });
    }

    @Test
    void shouldFindTheOtherCostsUnderAHeadingThatNamesThemAsSpending() throws IOException {
        // 西安市财政局 2026 heads its basic-expenditure columns 人员经费支出 | 公用经费支出
        String heading = "序号\t科目编码\t支出经济分类科目名称\t合计\t人员经费\t公用经费";
        String yanbian = corpus("yanbian-medical-security-2024-budget", heading)
                .replace(heading, heading.replace("人员经费", "人员经费支出").replace("公用经费", "公用经费支出"));
        assertThat(checks(new NarrRunningCostRule(), yanbian)).isEqualTo(1);
        assertThat(findings(new NarrRunningCostRule(), yanbian.replace(YANBIAN, YANBIAN.replace("79.86", "72.86")))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("72.86", "公用经费支出", "79.86"));
    }

    @Test
    void shouldNotCompareTheRunningCostOfSomeUnitsOnly() throws IOException {
        // the 收入总表 lists two units: one administrative unit alone is not the whole 公用经费
        String yanbian = corpus("yanbian-medical-security-2024-budget", YANBIAN).replace(YANBIAN, YANBIAN.replace("以及1家参公管理事业单位", "")
                .replace("79.86", "72.86"));
        assertThat(checks(new NarrRunningCostRule(), yanbian)).isZero();
    }

    @Test
    void shouldWarnWhereOnlyTheDocumentsDefinitionEquatesThem() throws IOException {
        String baoding = corpus("baoding-mancheng-medical-security-2024-unit-budget", BAODING);
        assertThat(findings(new NarrRunningCostRule(), baoding)).isEmpty();
        assertThat(checks(new NarrRunningCostRule(), baoding)).isEqualTo(1);
        assertThat(findings(new NarrRunningCostRule(), baoding.replace(BAODING, BAODING.replace("29.34", "92.34")))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("92.34", "29.34");
        });
        String withoutDefinition = baoding.replace("机关运行经费：是指各单位的公用经费", "机关运行经费：为保障行政单位运行用于购买货物和服务的各项资金");
        assertThat(checks(new NarrRunningCostRule(), withoutDefinition)).isZero();
    }

    @Test
    void shouldNotCompareWhereTheDocumentPrintsATableOfItsRunningCosts() throws IOException {
        // 江苏省人民检察院 2017 defines 机关运行经费 as the 公用经费 yet counts projects' running costs in its own table (p.19)
        String table = "\n一般公共预算机关运行经费支出预算表\n单位：万元\n科目编码\t科目名称\t机关运行经费支出\n\t合计\t92.34\n"
                + "302\t商品和服务支出\t92.34\n";
        String baoding = corpus("baoding-mancheng-medical-security-2024-unit-budget", BAODING).replace(BAODING, BAODING.replace("29.34", "92.34"));
        assertThat(checks(new NarrRunningCostRule(), baoding + table)).isZero();
    }

    @Test
    void shouldReadOnlyTheDepartmentsRunningCost() {
        assertThat(NarrRunningCostRule.statesRunningCost("国家信访局 机关运行经费财政拨款预算", "国家信访局")).isTrue();
        assertThat(NarrRunningCostRule.statesRunningCost("运行经费共计", null)).isTrue();
        assertThat(NarrRunningCostRule.statesRunningCost("当年机关运行经费预算", null)).as("西安市财政局 2026 p.22").isTrue();
        // 武汉 2024's form: a project's running money, not the department's
        assertThat(NarrRunningCostRule.statesRunningCost("医保服务中心办公运行经费计划", null)).isFalse();
    }
}
