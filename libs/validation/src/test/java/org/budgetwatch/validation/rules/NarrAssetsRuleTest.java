package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.corpus;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.io.IOException;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/** NARR-ASSETS on 保定 2024 (corpus): line 2562 against the 单位固定资产占用情况表 printed right after it (lines 2564–2580). */
class NarrAssetsRuleTest {

    private static final String SENTENCE = "上年末固定资产金额为89.44万元（详见下表）";

    @Test
    void shouldPassTheAssetsTheTableBelowTotals() throws IOException {
        String baoding = corpus("baoding-mancheng-medical-security-2024-unit-budget", SENTENCE);
        assertThat(findings(new NarrAssetsRule(), baoding)).isEmpty();
        assertThat(checks(new NarrAssetsRule(), baoding)).as("合计 and 资产总额").isEqualTo(2);
    }

    @Test
    void shouldReportTheSentenceOrTheTableChanged() throws IOException {
        String baoding = corpus("baoding-mancheng-medical-security-2024-unit-budget", SENTENCE);
        assertThat(findings(new NarrAssetsRule(), baoding.replace(SENTENCE, SENTENCE.replace("89.44", "98.44")))).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("固定资产", "98.44", "单位固定资产占用情况表", "89.44");
        });
        // the table's 合计 changed, its 资产总额 still 89.44: named at the 合计
        String total = "\t合计\n\t305（个、台、辆、件、套等）\n\t89.44";
        assertThat(baoding).contains(total);
        assertThat(findings(new NarrAssetsRule(), baoding.replace(total, total.replace("89.44", "82.44")))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("合计", "82.44"));
    }

    @Test
    void shouldNotReadASentenceThatPointsAtNoTable() throws IOException {
        String baoding = corpus("baoding-mancheng-medical-security-2024-unit-budget", SENTENCE);
        assertThat(checks(new NarrAssetsRule(), baoding.replace("（详见下表）", ""))).isZero();
    }
}
