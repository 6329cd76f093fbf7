package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * NARR-FINAL on the sentences of 西安市卫生健康委员会 2022 年度部门决算 (shared corpus,
 * xian-health-commission-2022-final-accounts.pdf, 一般公共预算财政拨款支出决算情况说明, pages 12-14), as printed and with
 * one figure or word changed.
 */
class NarrFinalRuleTest {

    private static final String DOCUMENT = """
            2022年西安市卫生健康委员会部门决算
            收入支出决算总表
            单位：万元
            项目\t决算数\t项目\t决算数
            一、一般公共预算财政拨款收入\t508.94\t一、卫生健康支出\t508.94
            收入总计\t508.94\t支出总计\t508.94
            一般公共预算财政拨款支出决算情况说明
            %s
            """;
    /** Page 14, item 13 (其他卫生健康管理事务支出). */
    private static final String ITEM_13 = "13.卫生健康支出（类）卫生健康管理事务（款）其他卫生健康管理事务支出（项）。年初预算516万元，"
            + "支出决算508.94万元，完成年初预算的%s%%。决算数%s年初预算数的主要原因是：按实际情况支出经费有结余。";
    /** Page 12, item 1: a budget of 0. */
    private static final String ZERO_BUDGET = "1.一般公共服务支出（类）人力资源事务（款）引进人才费用（项）。年初预算0万元，支出决算56万元，%s"
            + "决算数大于年初预算数的主要原因是：西安急救中心对该功能科目使用错误。";

    @Test
    void shouldPassTheCompletionRateAndTheWordsAsPrinted() {
        String text = DOCUMENT.formatted(ITEM_13.formatted("98.63", "小于"));

        assertThat(findings(new NarrFinalRule(), text)).isEmpty();
        assertThat(checks(new NarrFinalRule(), text)).as("the rate and the words").isEqualTo(2);
    }

    @Test
    void shouldRejectACompletionRateThatIsNotFinalOverBudget() {
        assertThat(findings(new NarrFinalRule(), DOCUMENT.formatted(ITEM_13.formatted("89.63", "小于")))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("应为完成 98.63%").contains("万元");
            assertThat(f.locations().get(0).page()).isNull(); // a text document has lines, not pages
            assertThat(f.locations().get(0).line()).isEqualTo(8);
        });
    }

    @Test
    void shouldAcceptACompletionRateRoundedToItsPrintedDigits() {
        assertThat(findings(new NarrFinalRule(), DOCUMENT.formatted(ITEM_13.formatted("98.6", "小于")))).isEmpty();
        assertThat(findings(new NarrFinalRule(), DOCUMENT.formatted(ITEM_13.formatted("99", "小于")))).isEmpty();
        // page 13, item 12: 691.83 / 871.18 = 79.413%, printed 79.41; one digit up is a slip of the last digit, as NARR-YOY
        // and NARR-SHARE report it: a WARNING, never an ERROR
        String item12 = "12.卫生健康支出（类）卫生健康管理事务（款）一般行政管理事务（项）。年初预算871.18万元，支出决算691.83万元，完成年初预算的%s%%。";
        assertThat(findings(new NarrFinalRule(), DOCUMENT.formatted(item12.formatted("79.41")))).isEmpty();
        assertThat(findings(new NarrFinalRule(), DOCUMENT.formatted(item12.formatted("79.42")))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).endsWith("说明写作 79.42%（末位进位而非四舍五入）");
        });
    }

    @Test
    void shouldWarnWhenTheWordsSayTheOppositeOfTheFigures() {
        assertThat(findings(new NarrFinalRule(), DOCUMENT.formatted(ITEM_13.formatted("98.63", "大于")))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("决算 508.94 万元").contains("预算 516 万元");
        });
    }

    @Test
    void shouldReadTheFullYearBudgetWordingToo() {
        String fullYear = ITEM_13.replace("年初预算516", "全年预算516").replace("完成年初预算的", "完成全年预算的");
        assertThat(findings(new NarrFinalRule(), DOCUMENT.formatted(fullYear.formatted("98.63", "小于")))).isEmpty();
        assertThat(findings(new NarrFinalRule(), DOCUMENT.formatted(fullYear.formatted("97.63", "小于")))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void shouldPassAZeroBudgetWithoutARateAndRejectOneWithARate() {
        assertThat(findings(new NarrFinalRule(), DOCUMENT.formatted(ZERO_BUDGET.formatted("")))).isEmpty();
        assertThat(findings(new NarrFinalRule(), DOCUMENT.formatted(ZERO_BUDGET.formatted("完成年初预算的100%。")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("年初预算为 0 万元");
                });
    }
}
