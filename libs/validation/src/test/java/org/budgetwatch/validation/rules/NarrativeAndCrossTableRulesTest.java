package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/** Each rule given a small document that passes it and one that fails it. */
class NarrativeAndCrossTableRulesTest {

    private static final String SUMMARY = """
            2024年某区某某局部门预算
            收支总表
            单位：万元
            收 入\t\t支 出\t
            项目\t预算数\t项目\t预算数
            一、财政拨款收入\t%s\t一、卫生健康支出\t100.00
            收入总计\t%s\t支出总计\t100.00
            """;

    @Test
    void balanceShouldPassWhenIncomeEqualsExpenditureAndFailOtherwise() {
        assertThat(findings(new XtabBalanceRule(), SUMMARY.formatted("100.00", "100.00"))).isEmpty();
        assertThat(findings(new XtabBalanceRule(), SUMMARY.formatted("100.00", "101.00")))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void yearOverYearShouldAcceptRoundedRatesAndRejectWrongOnes() {
        String text = SUMMARY.formatted("100.00", "100.00") + "情况说明\n卫生健康支出 100.00 万元，比 2023 年预算增加 20.00 万元，增长 %s%%。\n";
        assertThat(findings(new NarrYoyRule(), text.formatted("25"))).isEmpty();
        assertThat(findings(new NarrYoyRule(), text.formatted("20"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("应为 25.00%"));
    }

    @Test
    void shareShouldMatchSomeWholeStatedBeforeIt() {
        String text = SUMMARY.formatted("100.00", "100.00") + "情况说明\n本部门支出预算 100.00 万元，其中：基本支出 40.00 万元，占 %s%%。\n";
        assertThat(findings(new NarrShareRule(), text.formatted("40"))).isEmpty();
        // the whole is certain (the amount the 其中 breaks down) and 45% is no slip of a last digit: the figures contradict it
        assertThat(findings(new NarrShareRule(), text.formatted("45"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void emptyTablesShouldSayWhy() {
        String fund = "政府性基金预算支出表\n单位：万元\n科目名称\t合计\n合计\t\n%s\n";
        CompleteEmptyNoteRule rule = new CompleteEmptyNoteRule();
        assertThat(findings(rule, SUMMARY.formatted("100.00", "100.00") + fund.formatted("本部门无政府性基金预算。"))).isEmpty();
        assertThat(findings(rule, SUMMARY.formatted("100.00", "100.00") + fund.formatted(""))).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo(CompleteEmptyNoteRule.ID));
    }

    @Test
    void codeHierarchyShouldAddSegmentsIntoClassesAndSkipParentsWhoseChildrenAreUncoded() {
        String table = """
                一般公共预算支出表
                单位：万元
                科目编码\t科目名称\t合计
                208\t社会保障和就业支出\t%s
                20801\t人力资源和社会保障管理事务\t283.32
                \t社会保险经办机构\t279.30
                \t其他人力资源和社会保障管理事务支出\t4.01
                20805\t行政事业单位养老支出\t66.19
                \t合计\t%s
                """;
        assertThat(findings(new HierCodeRule(), table.formatted("349.51", "349.51")))
                .as("349.51 = 283.32 + 66.19; 20801's items carry no code and are not checked").isEmpty();
        assertThat(findings(new HierCodeRule(), table.formatted("359.51", "359.51"))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(HierCodeRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.addends()).containsExactly("283.32", "66.19");
        });
    }

    @Test
    void threePublicCostsShouldAddUpByNameWhateverTheNumbering() {
        String table = """
                一般公共预算“三公”经费支出表
                单位：万元
                项 目\t2024 年预算数
                合 计\t%s
                1、因公出国（境）费用\t
                2、公务接待费\t0.79
                3、公务用车费\t3.6
                其中：（1）公务用车运行维护费\t3.6
                （2）公务用车购置\t
                """;
        assertThat(findings(new SangongSumRule(), table.formatted("4.39"))).isEmpty();
        assertThat(findings(new SangongSumRule(), table.formatted("4.8"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.addends()).containsExactly("0.79", "3.6");
        });
    }

    private static List<Finding> findings(Rule rule, String text) {
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        ValidationReport report = new DisclosureValidator(RuleCatalogue.of("test", List.of(rule)), true)
                .validate(((ExtractionResult.Extracted) result).document());
        return report.findings();
    }
}
