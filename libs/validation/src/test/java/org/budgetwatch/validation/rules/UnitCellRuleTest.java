package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.junit.jupiter.api.Test;

/**
 * UNIT-CELL on 北京市东城区医疗保障局 2024 年部门预算 (corpus/beijing-dongcheng-medical-security-2024-budget.txt), whose
 * tables are in 万元: as published, and with one figure of its 预算04表 项目支出表 (法律顾问服务 7.16 万元, line 153) printed in 元.
 */
class UnitCellRuleTest {

    private static final String PROJECT_ROW = "30227-委托业务费\t7.16\t7.16\t";

    private static String beijing() throws IOException {
        String text = Files.readString(Path.of("../../corpus/beijing-dongcheng-medical-security-2024-budget.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains(PROJECT_ROW);
        return text;
    }

    @Test
    void shouldFindNothingInTheDocumentAsPublished() throws IOException {
        assertThat(findings(new UnitCellRule(), beijing())).isEmpty();
        assertThat(checks(new UnitCellRule(), beijing())).isGreaterThan(100);
    }

    @Test
    void shouldProveAYuanFigureInAWanYuanProjectTableByItsTotal() throws IOException {
        String text = beijing().replaceFirst(PROJECT_ROW, "30227-委托业务费\t71,600.00\t7.16\t");
        assertThat(findings(new UnitCellRule(), text)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("法律顾问服务").contains("71,600.00").contains("按 元 计（7.16 万元）则成立");
            assertThat(f.locations().get(0).line()).isEqualTo(153);
            assertThat(f.unit()).isEqualTo(ValueUnit.WAN_YUAN);
        });
    }

    @Test
    void shouldWarnWhenOnlyTheSizeGivesTheYuanAway() {
        // four of 预算04表's projects with two of them printed in 元: no single cell explains the total, but no project can
        // be 9,860 times the total of all of them
        String table = """
                2024年北京市东城区医疗保障局部门预算
                项目支出表
                金额单位：万元
                项目名称\t合计
                法律顾问服务\t7.16
                医保事务工作经费\t15.69
                中央行政事业单位公费医疗补助\t%s
                退休人员医疗补贴\t%s
                合计\t37,346.33
                """;
        assertThat(findings(new UnitCellRule(), table.formatted("36,823.48", "500.00"))).isEmpty();
        assertThat(findings(new UnitCellRule(), table.formatted("368,234,800.00", "5,000,000.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("368,234,800.00").contains("疑为以 元 填入 万元 表");
        });
    }
}
