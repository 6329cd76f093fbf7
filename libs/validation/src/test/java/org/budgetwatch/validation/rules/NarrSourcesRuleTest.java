package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.corpus;
import static org.budgetwatch.validation.rules.TextDocuments.errorsAndWarnings;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.io.IOException;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * NARR-SOURCES on 延边 2024 (corpus): the 收支总体 paragraph (line 624) against 预算表1, the 财政拨款 paragraph (line 636)
 * against 预算表4, the project paragraph (line 698) against 预算表9; and on 国家信访局 2026 p.18, whose 财政拨款收支总表
 * prints 上年结转 as a line.
 */
class NarrSourcesRuleTest {

    private static final String YANBIAN = "yanbian-medical-security-2024-budget";
    private static final String OVERALL = "2024 年收支总预算 1,144.52 万元，其中：当年预算 1,053.43 元；上年结转 91.09 万元。";
    private static final String FISCAL = "2024 年财政拨款收支总预算 1,144.52 万元。其中：本年收入 1,053.43 万元，上年结转 91.09 万元。";
    private static final String PROJECTS = "使用本年拨款 416.57 万元，财政拨款结转 91.09 万元。";

    private static final String PETITIONS = """
            国家信访局2026年部门预算
            """ + TextDocuments.PETITIONS_FISCAL_SUMMARY + """
            四、关于财政拨款收支总表的说明
            2026 年国家信访局财政拨款收支总预算 18,728.94 万元。收入全部为一般公共预算拨款，包括：一般公共预算当年拨款收入 16,474.82 万元、上年结转 %s 万元。
            """;

    @Test
    void shouldFindTheOneUnitErrorOfThePublishedParagraphs() throws IOException {
        // line 624 prints this year's 1,053.43 万元 as 元, as line 640 does the 1,144.52 (answer key)
        String yanbian = corpus(YANBIAN, OVERALL + "2024 年当年预算");
        assertThat(errorsAndWarnings(new NarrSourcesRule(), yanbian)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("当年预算", "1,053.43元", "单位错误");
        });
        // 当年预算 and 上年结转 of line 624, 上年结转 of lines 628 and 636 (their 本年收入 is NARR-AMOUNT's), 使用本年拨款 and
        // 财政拨款结转 of line 698
        assertThat(checks(new NarrSourcesRule(), yanbian)).isEqualTo(6);
    }

    @Test
    void shouldReportACarriedOverAmountItsSummaryDoesNotPrint() throws IOException {
        String yanbian = corpus(YANBIAN, FISCAL);
        assertThat(errorsAndWarnings(new NarrSourcesRule(), yanbian.replace(FISCAL, FISCAL.replace("91.09", "94.09")))).hasSize(2)
                .anySatisfy(f -> assertThat(f.messageZh()).contains("上年结转", "94.09", "财政拨款收支总表(预算表4)", "91.09"));
        assertThat(errorsAndWarnings(new NarrSourcesRule(), yanbian.replace(OVERALL, OVERALL.replace("91.09", "19.09")))).hasSize(2)
                .anySatisfy(f -> assertThat(f.messageZh()).contains("19.09", "收支总表(预算表1)"));
    }

    @Test
    void shouldReadTheProjectParagraphsSourcesInTheProjectTable() throws IOException {
        String yanbian = corpus(YANBIAN, PROJECTS);
        assertThat(errorsAndWarnings(new NarrSourcesRule(), yanbian.replace(PROJECTS, PROJECTS.replace("416.57", "461.57")))).hasSize(2)
                .anySatisfy(f -> assertThat(f.messageZh()).contains("使用本年拨款", "461.57", "项目支出表(预算表9)", "416.57"));
        assertThat(errorsAndWarnings(new NarrSourcesRule(), yanbian.replace(PROJECTS, PROJECTS.replace("91.09", "94.09")))).hasSize(2)
                .anySatisfy(f -> assertThat(f.messageZh()).contains("财政拨款结转", "94.09", "91.09"));
    }

    @Test
    void shouldReadACarriedOverLineOfTheSummary() {
        assertThat(findings(new NarrSourcesRule(), PETITIONS.formatted("2,254.12"))).isEmpty();
        assertThat(checks(new NarrSourcesRule(), PETITIONS.formatted("2,254.12"))).isEqualTo(1);
        assertThat(findings(new NarrSourcesRule(), PETITIONS.formatted("2,524.12"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("二、上年结转", "2,254.12"));
    }

    @Test
    void shouldNotReadPartsNamedWithOneFund() {
        // 武汉 2024 项目支出 paragraph: "其中:一般公共预算本年拨款 1585.06万元、结转结余_0 万元"
        String wuhan = PETITIONS.formatted("2,254.12").replace("包括：一般公共预算当年拨款收入 16,474.82 万元、上年结转 2,254.12 万元",
                "其中：一般公共预算本年拨款 1585.06 万元、结转结余 0 万元");
        assertThat(checks(new NarrSourcesRule(), wuhan)).isZero();
    }

    @Test
    void shouldNotReadThePartsOfAWholeOfAnotherScope() {
        // a general budget's carried-over money after the fiscal total, in the same paragraph: not the 财政拨款收支总表's
        String general = PETITIONS.formatted("2,254.12").replace("收入全部为一般公共预算拨款，包括：一般公共预算当年拨款收入 16,474.82 万元、上年结转 2,254.12 万元",
                "2026 年一般公共预算拨款 16,474.82 万元，上年结转 0 万元");
        assertThat(checks(new NarrSourcesRule(), general)).isZero();
    }
}
