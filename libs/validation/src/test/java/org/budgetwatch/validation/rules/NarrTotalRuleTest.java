package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.junit.jupiter.api.Test;

/**
 * NARR-TOTAL on the tables and sentences of 国家信访局 2026 年部门预算 (shared corpus, national-petitions-bureau-2026-budget.pdf:
 * 财政拨款收支总表 page 9, 关于财政拨款收支总表的说明 page 18), as printed and with one figure changed.
 */
class NarrTotalRuleTest {

    private static final String DOCUMENT = """
            国家信访局2026年部门预算
            部门收支总表
            单位：万元
            收入\t\t支出\t
            项目\t预算数\t项目\t预算数
            一、一般公共预算拨款收入\t16,474.82\t一、一般公共服务支出\t44,941.40
            二、其他收入\t31,888.00\t二、社会保障和就业支出\t4,447.98
            本年收入合计\t48,362.82\t本年支出合计\t50,616.94
            上年结转\t2,254.12\t结转下年\t
            收入总计\t50,616.94\t支出总计\t50,616.94
            """ + TextDocuments.PETITIONS_FISCAL_SUMMARY + """
            四、关于财政拨款收支总表的说明
            %s
            """;
    private static final String FISCAL_TOTAL = "2026 年国家信访局财政拨款收支总预算 %s 万元。收入全部为一般公共预算拨款（无政府性基金及国有资本经营预算拨款）。";

    @Test
    void shouldReportTheFiscalTotalThePetitionsBureauPrinted() {
        assertThat(findings(new NarrTotalRule(), DOCUMENT.formatted(FISCAL_TOTAL.formatted("18,728.91")))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("财政拨款收支总额").contains("18,728.91万元").contains("《财政拨款收支总表》收入总计为 18,728.94万元");
            assertThat(f.addends()).containsExactly("18,728.91", "18,728.94");
            assertThat(f.unit()).as("expected and actual in 元, whatever the units printed").isEqualTo(ValueUnit.YUAN);
            assertThat(f.expected().low()).isEqualByComparingTo("187289350");
        });
    }

    @Test
    void shouldPassTheFiscalTotalAsTheTableTotalsIt() {
        String text = DOCUMENT.formatted(FISCAL_TOTAL.formatted("18,728.94"));
        assertThat(findings(new NarrTotalRule(), text)).isEmpty();
        assertThat(checks(new NarrTotalRule(), text)).isEqualTo(1);
    }

    @Test
    void shouldCallADifferenceOnlyRoundingExplainsInfo() {
        assertThat(findings(new NarrTotalRule(), DOCUMENT.formatted(FISCAL_TOTAL.formatted("18,729")))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void shouldReportAStatedZeroAndAFigureTenThousandTimesOff() {
        assertThat(findings(new NarrTotalRule(), DOCUMENT.formatted(FISCAL_TOTAL.formatted("0")))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings(new NarrTotalRule(), DOCUMENT.formatted(FISCAL_TOTAL.replace("万元", "元").formatted("18,728.94"))))
                .singleElement().satisfies(f -> assertThat(f.messageZh()).contains("单位错误"));
    }

    @Test
    void shouldCompareEachScopeWithItsOwnTable() {
        // page 17: 收支总预算 and 收入预算总计 are the department's totals (50,616.94), not the fiscal ones
        String department = "2026 年国家信访局收支总预算 50,616.94 万元。2026 年国家信访局收入预算总计 50,616.94 万元。"
                + "2026 年国家信访局支出预算总计 50,616.94 万元。";
        assertThat(findings(new NarrTotalRule(), DOCUMENT.formatted(department))).isEmpty();
        assertThat(checks(new NarrTotalRule(), DOCUMENT.formatted(department))).isEqualTo(3);
        assertThat(findings(new NarrTotalRule(), DOCUMENT.formatted("2026 年国家信访局收支总预算 18,728.94 万元。"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("收支总额").contains("50,616.94"));
        // 本年收入合计 is a reading of 收入预算 too, and 部门预算收入 is the department's income
        assertThat(findings(new NarrTotalRule(), DOCUMENT.formatted("2026 年国家信访局本年收入预算合计 48,362.82 万元。"))).isEmpty();
        assertThat(findings(new NarrTotalRule(), DOCUMENT.formatted("2026 年部门预算收入 48,362.80 万元。"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("收入总额").contains("收入总计为 50,616.94"));
    }

    @Test
    void shouldLeaveAloneSentencesWhoseScopeIsNotPlainlyATotal() {
        String notTotals = "2026 年国家信访局财政拨款基本支出预算 9,880.88 万元。2026 年国家信访局上年收入预算 47,000 万元。"
                + "政府性基金预算财政拨款年初结转和结余 58.98 万元，收入决算 509.66 万元。"
                + "1.一般公共服务支出（类）信访事务（款）行政运行（项）。本年支出预算 5,826.21 万元。";
        assertThat(checks(new NarrTotalRule(), DOCUMENT.formatted(notTotals))).isZero();
    }

    @Test
    void shouldNotCompareABudgetFigureOfAFinalAccount() {
        String finalAccount = DOCUMENT.replace("2026年部门预算", "2026年部门决算");
        assertThat(checks(new NarrTotalRule(), finalAccount.formatted(FISCAL_TOTAL.formatted("17,000.00")))).isZero();
        assertThat(findings(new NarrTotalRule(), finalAccount.formatted("2026年度财政拨款收入支出决算总计 17,000.00 万元。"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
}
