package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * ARITH-TOTAL-ROW on the totals of two-sided summaries, whose lines carry no codes ({@link SummaryTotals}): 北京市东城区医疗保障局
 * 2024 预算01表 and 预算06表, 延边 2024 预算表1, and the breakdown lines of 西安市卫生健康委员会 2022 决算 p.153, as printed and
 * with one figure changed.
 */
class SummaryTotalsTest {

    /** 预算01表, income lines 一 to 九 (five of them printed here, the others blank as in the document) and the totals. */
    private static final String BEIJING_01 = TextDocuments.HEADER + """
            预算01表 2024年部门（单位）收支总表
            金额单位：万元
            收 入\t\t支 出\t
            项 目\t预算数\t项 目\t预算数
            一、一般公共预算拨款收入\t%s\t一、一般公共服务支出\t
            二、政府性基金预算拨款收入\t\t二、社会保障和就业支出\t320.14
            三、国有资本经营预算拨款收入\t\t三、卫生健康支出\t40,014.15
            四、事业收入\t\t四、住房保障支出\t400.35
            本年收入合计\t%s\t本年支出合计\t40,734.65
            上年结转结余\t\t年终结转结余\t
            收入总计\t%s\t支出总计\t40,734.65
            """;

    /** 预算06表: 一、本年收入 broken down by （一）（二）（三）; the expenditure side restarts its numbering under 一、本年支出. */
    private static final String BEIJING_06 = TextDocuments.HEADER + """
            预算06表 2024年部门（单位）财政拨款收支预算总表
            金额单位：万元
            收 入\t\t支 出\t
            项 目\t预算数\t项 目\t预算数
            一、本年收入\t40,734.65\t一、本年支出\t%s
            （一）一般公共预算资金\t%s\t一、一般公共服务支出\t
            （二）政府性基金预算资金\t\t二、社会保障和就业支出\t320.14
            （三）国有资本经营预算资金\t\t三、卫生健康支出\t40,014.15
            二、上年结转\t\t四、住房保障支出\t400.35
            \t\t二、年终结转结余\t
            收入总计\t40,734.65\t支出总计\t40,734.65
            """;

    /** 延边 预算表1's income side: 一、财政拨款收入 with its unnumbered breakdown, then 二 and 三. */
    private static final String YANBIAN_01 = TextDocuments.HEADER + """
            收支总表(预算表1)
            单位：万元
            收 入\t\t支 出\t
            项 目\t编制预算\t项 目\t编制预算
            一、财政拨款收入\t%s\t一、社会保障和就业支出\t314.17
            一般公共预算拨款收\t1,053.43\t二、卫生健康支出\t689.62
            二、财政专户管理资金收\t\t三、住房保障支出\t49.64
            三、单位资金收入\t\t四、其他支出\t
            本年收入合计\t1,053.43\t本年支出合计\t1,053.43
            财政拨款结转\t\t结转下年支出\t
            收入总计\t1,053.43\t支出总计\t1,053.43
            """;

    @Test
    void shouldAddUpTheNumberedLinesOfASummaryAndItsTotals() {
        String published = BEIJING_01.formatted("40,734.65", "40,734.65", "40,734.65");
        // 320.14 + 40,014.15 + 400.35 = 40,734.64: rounding, an INFO
        assertThat(findings(new ArithTotalRowRule(), published)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(checks(new ArithTotalRowRule(), published)).isEqualTo(4); // 本年收入合计, 收入总计, 本年支出合计, 支出总计

        assertThat(errors(BEIJING_01.formatted("40,734.65", "40,737.65", "40,734.65"))).hasSize(2)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
                .anySatisfy(f -> assertThat(f.messageZh()).contains("本年收入合计/预算数：合计 40,737.65 不等于各项之和 40734.65"))
                .anySatisfy(f -> assertThat(f.messageZh()).contains("收入总计/预算数：合计 40,734.65 不等于各项之和 40737.65"));
    }

    @Test
    void shouldAddUpTheSecondLevelLinesUnderAFirstLevelOne() {
        assertThat(errors(BEIJING_06.formatted("40,734.65", "40,734.65"))).isEmpty();
        assertThat(errors(BEIJING_06.formatted("40,734.65", "40,743.65"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("一、本年收入/预算数：合计 40,734.65 不等于各项之和 40743.65");
        });
    }

    @Test
    void shouldAddUpTheLinesThatNumberThemselvesAgainUnderAFirstLevelLine() {
        // 一、本年支出 = 一、一般公共服务支出 … 四、住房保障支出, the outer numbering resuming with 二、年终结转结余
        assertThat(errors(BEIJING_06.formatted("40,743.65", "40,734.65"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("一、本年支出/预算数：合计 40,743.65 不等于各项之和 40734.64");
        });
    }

    @Test
    void shouldLeaveUnnumberedBreakdownsOutOfTheSum() {
        assertThat(errors(YANBIAN_01.formatted("1,053.43"))).isEmpty();
        // 一、财政拨款收入 printed 1,035.43: its fund line (1,053.43) and 本年收入合计 both contradict it; the fund line is not
        // added into 本年收入合计 beside it
        assertThat(errors(YANBIAN_01.formatted("1,035.43"))).hasSize(2)
                .anySatisfy(f -> assertThat(f.messageZh()).contains("本年收入合计/编制预算：合计 1,053.43 不等于各项之和 1035.43"))
                .anySatisfy(f -> assertThat(f.messageZh()).contains("一、财政拨款收入/编制预算：合计 1,035.43 不等于各项之和 1053.43"));
    }

    @Test
    void shouldAddUpTheFundsUnderALineOfMoneyBySource() {
        // 延边 预算表1: 一、财政拨款收入 = 一般公共预算拨款收 + 政府性基金预算拨款 + 国有资本经营预算拨 (the last two blank)
        String changed = YANBIAN_01.formatted("1,053.43").replace("一般公共预算拨款收\t1,053.43", "一般公共预算拨款收\t1,035.43");
        assertThat(errors(changed)).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("一、财政拨款收入/编制预算：合计 1,053.43 不等于各项之和 1035.43"));
    }

    @Test
    void shouldNotAddABalanceCarriedAndItsOwnBreakdown() {
        // 西安市卫生健康委员会 2022 决算 p.153: 总计 864,177.93 = 本年收入合计 805,251.56 + 年初结转和结余 58,926.37, which the
        // next three lines break down by fund
        String xian = TextDocuments.HEADER.replace("预算", "决算") + """
                财政拨款收入支出决算总表
                单位：万元
                收入\t\t支出\t
                项目\t金额\t项目\t金额
                一、一般公共预算财政拨款\t296,030.91\t一、卫生健康支出\t864,099.38
                二、政府性基金预算财政拨款\t509,220.66\t\t
                本年收入合计\t805,251.56\t本年支出合计\t864,099.38
                年初结转和结余\t58,926.37\t年末结转和结余\t78.55
                一般公共预算财政拨款\t95.39\t\t
                政府性基金预算财政拨款\t58,830.98\t\t
                总计\t864,177.93\t总计\t864,177.93
                """;
        assertThat(errors(xian)).isEmpty();
    }

    private static java.util.List<org.budgetwatch.validation.report.Finding> errors(String text) {
        return findings(new ArithTotalRowRule(), text).stream().filter(f -> f.severity() != Severity.INFO).toList();
    }
}
