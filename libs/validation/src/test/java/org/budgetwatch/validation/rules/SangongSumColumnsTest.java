package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/** SANGONG-SUM on a “三公” table laid out by columns, as Beijing's 预算11表 and Wuhan's are. */
class SangongSumColumnsTest {

    private static final String TABLE = HEADER + """
            财政拨款“三公”经费支出表
            单位：万元
            单位名称\t“三公”经费财政拨款预算总额\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费\t\t
            \t\t\t\t小计\t公务用车购置费\t公务用车运行维护费
            某某局\t%s\t\t1.00\t%s\t\t3.61
            """;

    @Test
    void shouldAddTheColumnsUpRowByRow() {
        assertThat(findings(new SangongSumRule(), TABLE.formatted("4.61", "3.61"))).isEmpty();
        assertThat(checks(new SangongSumRule(), TABLE.formatted("4.61", "3.61"))).isEqualTo(2);
        assertThat(findings(new SangongSumRule(), TABLE.formatted("4.39", "3.61"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.addends()).containsExactly("1.00", "3.61");
        });
        assertThat(findings(new SangongSumRule(), TABLE.formatted("4.61", "3.16")))
                .filteredOn(f -> f.severity() == Severity.ERROR).hasSize(2);
    }
}
