package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * NARR-COUNT where the narrative counts first-level projects, with Yantai's 2026 项目支出预算情况表 (page 26: twelve lines,
 * seven names, no first-level rows) and its page 31: "涉及一级预算项目6个".
 */
class NarrCountLevelTest {

    private static final String BUDGET = HEADER + """
            项目支出预算情况表
            单位：万元
            项目名称\t合计\t一般公共预算
            合 计\t3,056.57\t3,056.57
            公车统管费用\t30.00\t30.00
            财政工作专项经费\t315.00\t315.00
            中介服务费\t544.54\t544.54
            会计工作经费\t322.00\t322.00
            办公设备购置及质保金尾款\t101.20\t101.20
            公车统管费用\t0.50\t0.50
            财政工作专项经费\t49.50\t49.50
            财政工作专项经费\t23.00\t23.00
            中介服务费-政府项目审查费\t800.00\t800.00
            中介服务费\t360.00\t360.00
            网络运行维护费、公务仓维护费\t482.83\t482.83
            办公设备购置及质保金尾款\t28.00\t28.00
            七、预算绩效管理情况说明
            %s
            """;

    @Test
    void aCountOfFirstLevelProjectsShouldNotBeSetAgainstTheProjectLines() {
        String sentence = "烟台市财政局2026年政策和项目全面实施绩效目标管理，涉及一级预算项目6个，预算资金3056.57万元，其中财政拨款3056.57万元。";
        assertThat(findings(new NarrCountRule(), BUDGET.formatted(sentence))).isEmpty();
    }

    @Test
    void aCountThatDoesNotSayWhichProjectsItCountsShouldBeAnInfoAtMost() {
        // the PDF reader breaks the sentence after 一级预算: what is left counts "项目" of no stated level
        assertThat(findings(new NarrCountRule(), BUDGET.formatted("项目6个，预算资金3056.57万元，其中财政拨款3056.57万元。"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(findings(new NarrCountRule(), BUDGET.formatted("项目7个，预算资金3056.57万元。"))).isEmpty();
    }
}
