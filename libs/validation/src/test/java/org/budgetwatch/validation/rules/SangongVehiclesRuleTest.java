package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.math.BigDecimal;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.junit.jupiter.api.Test;

/**
 * SANGONG-VEHICLES on the cars of real disclosures (shared corpus): 上海市审计局 2026 年单位预算 (p. 5 and its “三公” table,
 * laid out by rows here: no car, 运行费 28.00 万元), 重庆市商务委员会 2026 年部门预算 and 国家信访局 2026 年部门预算 (cars by
 * kind), as printed and changed.
 */
class SangongVehiclesRuleTest {

    private static final String TABLE = """
            2026年上海市审计局单位预算
            2026年单位“三公”经费和机关运行经费预算表
            单位：万元
            项目\t预算数
            合计\t237.92
            1、因公出国（境）费\t201.80
            2、公务接待费\t8.12
            3、公务用车购置及运行费\t%s
            其中：（1）购置费\t%s
            （2）运行费\t%s
            五、国有资产占有使用情况
            """;
    private static final String NO_CAR = "截至2025年8月31日，上海市审计局共有车辆0辆，单价100万元（含）以上设备（不含车辆）0台（套）。"
            + "2026年单位预算安排购置车辆0辆；单位预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。\n";
    private static final String CHONGQING = TABLE.formatted("28.00", "", "28.00") + "（四）国有资产占有使用情况。截至2025年12月，所属各预算单位共有车辆41辆，其中业务用车12辆，"
            + "机要通信用车6辆，应急保障用车17辆，其他按照规定配备的公务用车%s辆。2026年一般公共预算安排购置车辆0辆。\n";

    @Test
    void shouldWarnOfRunningCostsForCarsTheDepartmentDoesNotHold() {
        assertThat(findings(new SangongVehiclesRule(), TABLE.formatted("28.00", "", "28.00") + NO_CAR)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("共有车辆 0 辆").contains("公务用车运行维护费却为 28.00万元");
            assertThat(f.unit()).isEqualTo(ValueUnit.WAN_YUAN);
            assertThat(f.locations()).hasSize(2);
        });
    }

    @Test
    void shouldReadTheHoldingAcrossALineEnd() {
        String broken = NO_CAR.replace("共有车辆0辆", "共有车辆\n0辆");
        assertThat(findings(new SangongVehiclesRule(), TABLE.formatted("28.00", "", "28.00") + broken)).singleElement()
                .satisfies(f -> assertThat(f.locations().get(0).sentence()).startsWith("共有车辆0辆"));
    }

    @Test
    void shouldAcceptRunningCostsWhenCarsAreBoughtOrTheirUseIsExplained() {
        assertThat(findings(new SangongVehiclesRule(), TABLE.formatted("58.00", "30.00", "28.00") + NO_CAR)).isEmpty();
        String platform = NO_CAR + "公务用车运行费28.00万元，主要用于通过市公务用车服务平台保障公务出行。\n";
        assertThat(findings(new SangongVehiclesRule(), TABLE.formatted("28.00", "", "28.00") + platform)).isEmpty();
        assertThat(findings(new SangongVehiclesRule(), TABLE.formatted("", "", "") + NO_CAR)).isEmpty();
    }

    @Test
    void shouldNotTakeTheDefinitionOfTheTermsForAnExplanation() {
        // the 名词解释 of the same document: "报废更新" and the like define the item, they explain nothing
        String glossary = "公务用车购置及运行费主要安排编制内公务车辆的报废更新，以及用于安排市内因公出差、公务文件交换等所需公务用车燃料费。\n";
        assertThat(findings(new SangongVehiclesRule(), TABLE.formatted("28.00", "", "28.00") + NO_CAR + glossary)).hasSize(1);
    }

    @Test
    void shouldCheckTheCarsOfEachKindAgainstTheTotal() {
        assertThat(findings(new SangongVehiclesRule(), CHONGQING.formatted("6"))).isEmpty();
        assertThat(checks(new SangongVehiclesRule(), CHONGQING.formatted("6"))).isEqualTo(1);

        assertThat(findings(new SangongVehiclesRule(), CHONGQING.formatted("7"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).isEqualTo("共有车辆 41 辆，其中各类车辆合计 42 辆（业务用车12辆、机要通信用车6辆、应急保障用车17辆、其他按照规定配备的公务用车7辆）");
            assertThat(f.difference()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(f.unit()).isEqualTo(ValueUnit.COUNT);
        });
    }

    @Test
    void shouldTakeAListWithoutACatchAllKindAsPartial() {
        // 国家信访局 2026, p. 23, with its 其他用车 left out: the kinds listed may be some of them only
        String some = TABLE.formatted("28.00", "", "28.00") + "截至2025年7月31日，国家信访局实有车辆15辆，其中，部级领导干部用车1辆、机要通信用车2辆、应急保障用车2辆。\n";
        assertThat(findings(new SangongVehiclesRule(), some)).isEmpty();
        String printed = TABLE.formatted("28.00", "", "28.00") + "截至2025年7月31日，国家信访局实有车辆15辆，其中，部级领导干部用车1辆、机要通信用车2辆、应急保障用车2辆、其他用车10辆，"
                + "其他用车主要是除机要通信用车和应急保障用车外的其他车辆。\n";
        assertThat(findings(new SangongVehiclesRule(), printed)).isEmpty();
        assertThat(findings(new SangongVehiclesRule(), printed.replace("应急保障用车2辆", "应急保障用车12辆"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
}
