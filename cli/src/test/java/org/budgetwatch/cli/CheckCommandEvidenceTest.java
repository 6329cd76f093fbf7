package org.budgetwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.junit.jupiter.api.Test;

/** The values line `check` prints under a finding, from the values the finding has. */
class CheckCommandEvidenceTest {

    private static Finding finding(Interval expected, Interval actual, BigDecimal difference, ValueUnit unit) {
        return new Finding("XTAB-BALANCE", "cross-table", Severity.WARNING, "zh", "en", expected, actual, difference, List.of(), List.of(),
                "fingerprint", unit);
    }

    private static Interval between(String low, String high) {
        return new Interval(new BigDecimal(low), new BigDecimal(high));
    }

    @Test
    void shouldPrintExpectedActualAndDifferenceWithTheirUnit() {
        assertThat(CheckCommand.evidence(finding(between("44.020", "44.040"), between("44.015", "44.025"), BigDecimal.ZERO, ValueUnit.WAN_YUAN)))
                .contains("expected [44.020, 44.040] 万元, actual [44.015, 44.025] 万元, off by 0 万元");
    }

    @Test
    void shouldPrintTheExpectedValueOfAFigureTheDocumentLeftBlank() {
        // 上海市审计局 2026's 财务收支预算总表 prints no 收入总计 beside its 支出总计 of 195,774,300 元
        assertThat(CheckCommand.evidence(finding(between("195774299.5", "195774300.5"), null, null, ValueUnit.YUAN)))
                .contains("expected [195774299.5, 195774300.5] 元");
    }

    @Test
    void shouldPrintNothingForAFindingWithoutValues() {
        assertThat(CheckCommand.evidence(finding(null, null, null, ValueUnit.NONE))).isEmpty();
    }
}
