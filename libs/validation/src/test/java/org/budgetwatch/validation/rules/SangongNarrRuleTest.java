package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * SANGONG-NARR on the “三公” figures of 江苏省人民检察院 2017 年部门预算 (shared corpus, jiangsu-procuratorate-2017-budget.pdf:
 * the table on p.16, laid out by rows here; the sentences of p.22), as printed and with figures swapped or left out.
 */
class SangongNarrRuleTest {

    private static final String TABLE = """
            2017年江苏省人民检察院部门预算
            一般公共预算“三公”经费支出预算表
            单位：万元
            项目\t预算数
            合计\t%s
            1、因公出国（境）费\t%s
            2、公务接待费\t%s
            3、公务用车购置及运行维护费\t%s
            其中：（1）公务用车购置费\t%s
            （2）公务用车运行维护费\t%s
            七、关于“三公”经费的说明
            """;
    private static final String PRINTED = TABLE.formatted("584.35", "110.00", "156.55", "317.80", "50.00", "267.80");
    private static final String VEHICLES = "(1)公务用车购置预算支出 %s 万元，与上年预算数相等，用于省检察院机关执法执勤用车报废更新。\n"
            + "(2)公务用车运行维护费预算支出 %s 万元，与上年预算数一致。\n";

    @Test
    void shouldPassTheNarrativeAsPrinted() {
        String text = PRINTED + VEHICLES.formatted("50", "267.8") + "1．因公出国(境)费预算支出 110 万元，与上年预算数相等。\n";
        assertThat(findings(new SangongNarrRule(), text)).isEmpty();
        assertThat(checks(new SangongNarrRule(), text)).isEqualTo(3);
    }

    @Test
    void shouldReportPurchaseAndRunningCostsSwapped() {
        assertThat(findings(new SangongNarrRule(), PRINTED + VEHICLES.formatted("267.8", "50"))).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("购置费与运行维护费互换");
        });
        assertThat(findings(new SangongNarrRule(), PRINTED + VEHICLES.formatted("267.8", "267.8"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("说明中的公务用车购置费 267.8万元 是表中公务用车运行维护费的数额（267.80万元）"));
    }

    @Test
    void shouldReportATableLeftEmptyWhileTheNarrativeStatesAmounts() {
        String empty = TABLE.formatted("", "", "", "", "", "");
        assertThat(findings(new SangongNarrRule(), empty + VEHICLES.formatted("50", "267.8"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("为空表，说明却称公务用车购置费 50万元");
        });
        // an empty table and a narrative that says there is nothing agree (北京市东城区医疗保障局 2024: "“三公”经费支出预算 0 元")
        assertThat(findings(new SangongNarrRule(), empty + "2024年财政拨款“三公”经费支出预算 0 元。\n")).isEmpty();
    }

    @Test
    void shouldReportANarrativeThatPutsTheTotalAtZeroBesideAFilledTable() {
        assertThat(findings(new SangongNarrRule(), PRINTED + "2017年财政拨款“三公”经费支出预算 0 万元。\n")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("说明称“三公”经费为 0").contains("合计为 584.35万元"));
    }

    @Test
    void shouldReportANoteThatSaysThereIsNoneOfAnItemTheTableFills() {
        assertThat(findings(new SangongNarrRule(), PRINTED + "本部门2017年无“三公”经费预算。\n")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("说明称“本部门2017年无“三公”经费预算”").contains("“三公”经费合计为 584.35万元");
        });
        assertThat(findings(new SangongNarrRule(), PRINTED + "本部门未安排因公出国（境）费。\n")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("因公出国（境）费为 110.00万元"));
        // no cars is not no running costs (cars shared or leased), and "无变化" denies nothing
        String fine = PRINTED + "本部门无公务用车。公务接待费与上年相比无变化。\n";
        assertThat(findings(new SangongNarrRule(), fine)).isEmpty();
        String noAbroad = TABLE.formatted("474.35", "0.00", "156.55", "317.80", "50.00", "267.80") + "本部门未安排因公出国（境）费。\n";
        assertThat(findings(new SangongNarrRule(), noAbroad)).isEmpty();
        assertThat(checks(new SangongNarrRule(), noAbroad)).isEqualTo(1);
    }

    @Test
    void shouldNotReadTheYearBeforeNorTheRunningCostsOfTheOffice() {
        String text = PRINTED + "2016年公务用车购置上年预算支出 267.8 万元。\n2017年本部门运行经费预算 50 万元。\n";
        assertThat(checks(new SangongNarrRule(), text)).isZero();
    }
}
