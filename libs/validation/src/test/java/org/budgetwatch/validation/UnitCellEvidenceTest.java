package org.budgetwatch.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.rules.UnitCellRule;
import org.junit.jupiter.api.Test;

/**
 * A 元 figure in a 万元 table is one error, however many totals it breaks: 北京市东城区医疗保障局 2024 预算04表 with
 * 法律顾问服务 printed 71,600.00 (元) instead of 7.16 (万元), line 153, validated with every rule.
 */
class UnitCellEvidenceTest {

    private static final String PROJECT_ROW = "30227-委托业务费\t7.16\t7.16\t";

    @Test
    void shouldReportAYuanCellOnceWithTheBrokenTotalsAsItsEvidence() throws IOException {
        String text = Files.readString(Path.of("../../corpus/beijing-dongcheng-medical-security-2024-budget.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains(PROJECT_ROW);
        List<Finding> atTheCell = findings(text.replaceFirst(PROJECT_ROW, "30227-委托业务费\t71,600.00\t7.16\t")).stream()
                .filter(f -> f.severity() != Severity.INFO && f.locations().stream().anyMatch(l -> Integer.valueOf(153).equals(l.line()))).toList();

        assertThat(atTheCell).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(UnitCellRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("按 元 计（7.16 万元）则成立").contains("另见 ARITH-");
            assertThat(f.messageEn()).contains("see also ARITH-");
        });
    }

    @Test
    void shouldLeaveTheArithmeticFindingsOfAnErrorThatIsNoUnitSlip() throws IOException {
        String text = Files.readString(Path.of("../../corpus/beijing-dongcheng-medical-security-2024-budget.txt"), StandardCharsets.UTF_8);
        List<Finding> findings = findings(text.replaceFirst(PROJECT_ROW, "30227-委托业务费\t17.16\t7.16\t"));

        assertThat(findings).noneMatch(f -> f.ruleId().equals(UnitCellRule.ID));
        assertThat(findings).anyMatch(f -> f.ruleId().startsWith("ARITH-") && f.severity() == Severity.ERROR && f.messageZh().contains("17.16"));
    }

    private static List<Finding> findings(String text) {
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        return new DisclosureValidator(RuleCatalogue.standard(), true).validate(((ExtractionResult.Extracted) result).document()).findings();
    }
}
