package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * NARR-AMOUNT compares a sentence's figure with the table of the money it speaks of (部门 / 一般公共预算 / “三公”), from
 * real sentences and the rows they quote: Chongqing's 2026 商务委员会 (page 4, tables pp. 9-23: the 支出总表 reduced to one
 * class, two rows of the 基本支出 table) and the National Petitions Bureau's 2026 budget (pages 18 and 23, tables pp. 7-10: the class rows and
 * the one item quoted).
 */
class NarrAmountScopeTest {

    private static final String CHONGQING = HEADER + """
            2026 年部门支出总体情况表
            单位：万元
            科目编码\t科目名称\t总计\t基本支出\t项目支出
            201\t一般公共服务支出\t100,301.46\t56,633.49\t43,667.97
            \t合计\t100,301.46\t56,633.49\t43,667.97
            2026 年一般公共预算支出情况表
            单位：万元
            科目编码\t科目名称\t总计\t基本支出\t\t\t项目支出
            \t\t\t小计\t人员经费\t公用经费\t
            201\t一般公共服务支出\t101,833.84\t43,436.09\t34,411.12\t9,024.98\t58,397.75
            \t合计\t101,833.84\t43,436.09\t34,411.12\t9,024.98\t58,397.75
            2026 年一般公共预算基本支出情况表
            单位：万元
            科目编码\t科目名称\t基本支出\t\t
            \t\t总计\t人员经费\t公用经费
            30212\t因公出国 (境)费用\t4.00\t\t4.00
            30217\t公务接待费\t121.07\t\t121.07
            2026 年财政拨款 “三公”经费支出情况表
            单位：万元
            合计\t因公出国(境)费\t公务用车购置及运行费\t\t\t公务接待费
            \t\t小计\t公务用车购置费\t公务用车运行费\t
            890.97\t552.00\t217.90\t\t217.90\t121.07
            三、财政拨款情况说明
            2026年一般公共预算财政拨款收入101,833.84万元，一般公共预算财政拨款支出 101,833.84 万元，比 2025年减少7,885.67万元。其中:基本支出%s万元，主要用于保障在职人员工资福利及社会保险缴费，比 2025 年增加 4,245.49 万元；项目支出 58,397.75 万元，主要用于内陆开放高地建设。
            四、“三公”经费情况说明
            2026年 “三公”经费预算890.97万元。其中:因公出国 (境)费用%s万元，与上年持平；公务接待费121.07万元，与上年持平。
            """;

    private static final String NATIONAL = HEADER + """
            部门支出总表
            单位：万元
            科目编码\t科目名称\t合计\t基本支出\t项目支出
            201\t一般公共服务支出\t50,616.94\t11,056.07\t39,560.87
            \t合计\t50,616.94\t11,056.07\t39,560.87
            一般公共预算支出表
            单位：万元
            科目编码\t科目名称\t2025年执行数\t2026年预算数\t\t\t2026年预算数比2025年执行数
            \t\t\t小计\t基本支出\t项目支出\t增减额
            201\t一般公共服务支出\t33,586.67\t13,144.37\t6,668.44\t6,475.93\t-20,442.30
            205\t教育支出\t118.01\t118.01\t\t118.01\t0.00
            208\t社会保障和就业支出\t2,275.76\t2,156.86\t2,156.86\t\t-118.90
            210\t卫生健康支出\t218.91\t\t\t\t-218.91
            2101101\t行政单位医疗\t218.91\t\t\t\t-218.91
            221\t住房保障支出\t1,042.06\t1,055.58\t1,055.58\t\t13.52
            \t合计\t37,241.42\t16,474.82\t9,880.88\t6,593.94\t-20,766.60
            二、收支预算情况说明
            国家信访局2026年支出预算总计 50,616.94 万元，其中：基本支出 11,056.07 万元，占 21.84%%；项目支出 39,560.87万元，占 78.16%%。
            12.卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)2026 年预算数为 0.00 万元，比 2025 年执行数减少 218.91 万元，减幅 100.00 %%，主要是 2025 年安排了一次性支出，2026 年初暂无安排。
            """;

    @Test
    void aPartOfTheGeneralBudgetShouldBeComparedWithTheGeneralBudgetsTablesNotTheDepartmentsWhole() {
        // 基本支出 43,436.09 follows 一般公共预算财政拨款支出 101,833.84: the 一般公共预算 tables say 43,436.09, the 支出总表 56,633.49
        assertThat(findings(new NarrAmountRule(), CHONGQING.formatted("43,436.09", "552"))).isEmpty();
        assertThat(findings(new NarrAmountRule(), CHONGQING.formatted("43,463.09", "552"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("43,463.09", "43,436.09").doesNotContain("56,633.49");
        });
    }

    @Test
    void aPartOfTheDepartmentsWholeShouldBeComparedWithTheExpenditureSummary() {
        // 支出预算总计 50,616.94，其中：基本支出 11,056.07 — the 部门支出总表, not the 一般公共预算支出表's 9,880.88
        assertThat(findings(new NarrAmountRule(), NATIONAL)).isEmpty();
    }

    @Test
    void aPartWhoseScopeIsNotStatedShouldBeAnInfoWhereTheCandidateTablesDisagree() {
        // a sentence of its own: nothing says whether it is the department's 基本支出 (56,633.49) or the general budget's (43,436.09)
        String unstated = CHONGQING.formatted("43,436.09", "552") + "基本支出50,000.00万元，主要用于保障机构正常运转。\n";
        assertThat(findings(new NarrAmountRule(), unstated)).filteredOn(f -> f.messageZh().contains("50,000.00"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aThreePublicCostsItemShouldBeTheThreePublicCostsTablesFigureNotTheBasicTablesEconomicLine() {
        // 因公出国 (境)费用 552 万元: the “三公” table's 552.00; 30212 in the 基本支出 table (4.00) is only its basic part
        assertThat(findings(new NarrAmountRule(), CHONGQING.formatted("43,436.09", "552"))).isEmpty();
        assertThat(findings(new NarrAmountRule(), CHONGQING.formatted("43,436.09", "525"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("525万元", "552.00万元").doesNotContain("4.00");
        });
    }

    @Test
    void aStatedZeroShouldNotContradictARowLeftBlankForTheYearNorBeAUnitError() {
        // 行政单位医疗 2026 年预算数为 0.00 万元: the 2026 columns are blank, 218.91 is 2025's 执行数 and −218.91 the change
        assertThat(findings(new NarrAmountRule(), NATIONAL)).isEmpty();
        assertThat(findings(new UnitScaleRule(), NATIONAL)).isEmpty();
    }
}
