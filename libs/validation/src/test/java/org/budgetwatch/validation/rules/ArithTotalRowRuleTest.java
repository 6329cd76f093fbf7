package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.CodeLevel;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.DocumentMetadata;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.LineSpan;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.ReportStatus;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

class ArithTotalRowRuleTest {

    private final DisclosureValidator validator = new DisclosureValidator(RuleCatalogue.of("test", List.of(new ArithTotalRowRule())), true);

    @Test
    void shouldPassATotalThatEqualsItsClassesAndIgnoreTheirSegments() {
        ValidationReport report = validator.validate(document(
                row(0, "208", "社会保障和就业支出", "320.14"),
                row(1, "20805", "行政事业单位养老支出", "320.14"),
                row(2, "210", "卫生健康支出", "40,414.51"),
                total(3, "40,734.65")));

        assertThat(report.findings()).isEmpty();
        assertThat(report.status()).isEqualTo(ReportStatus.CLEAN);
        assertThat(report.tallies().get(0).checks()).isEqualTo(1);
    }

    @Test
    void shouldReportARoundingOnlyDifferenceAsInfoNeverAsError() {
        // 1,107.07 + 208.02 = 1,315.09 printed as 1,315.08: the intervals still meet
        ValidationReport report = validator.validate(document(
                row(0, "30102", "津贴补贴", "1,107.07"), row(1, "30103", "奖金", "208.02"), total(2, "1,315.08")));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.ruleId()).isEqualTo(ArithTotalRowRule.ID);
            assertThat(f.difference()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        assertThat(report.status()).isEqualTo(ReportStatus.CLEAN);
    }

    @Test
    void shouldReportATotalThatRoundingCannotExplainAsError() {
        ValidationReport report = validator.validate(document(
                row(0, "30102", "津贴补贴", "1,107.07"), row(1, "30103", "奖金", "208.02"), total(2, "1,315.19")));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.addends()).containsExactly("1,107.07", "208.02");
            // the sum stands for [1315.08, 1315.10], the printed total for [1315.185, 1315.195]
            assertThat(f.difference()).isEqualByComparingTo("0.085");
            assertThat(f.locations().get(0).columnPath()).isEqualTo("合计");
        });
        assertThat(report.status()).isEqualTo(ReportStatus.DISCREPANCIES);
    }

    @Test
    void shouldGiveTheSameFingerprintOnEveryRun() {
        ExtractedDocument document = document(row(0, "301", "工资福利支出", "5"), row(1, "302", "商品和服务支出", "6"), total(2, "12"));

        assertThat(validator.validate(document).findings().get(0).fingerprint())
                .isEqualTo(validator.validate(document).findings().get(0).fingerprint());
    }

    private static ExtractedDocument document(TableRow... rows) {
        ExtractedTable table = new ExtractedTable(0, TableType.EXPENDITURE_SUMMARY, "支出总表", TableSide.WHOLE, AmountUnit.WAN_YUAN,
                new LineSpan(null, 1, 10), List.of(new TableColumn(1, "合计", true)), List.of(rows), null);
        return new ExtractedDocument("text/plain", new DocumentMetadata("t", "d", "r", 2024, DocumentKind.DEPARTMENT_BUDGET), List.of(table),
                List.of());
    }

    private static TableRow row(int index, String code, String label, String amount) {
        return new TableRow(index, label, code, CodeKind.FUNCTION, CodeLevel.NONE, false, index + 1, List.of(cell(amount)), null);
    }

    private static TableRow total(int index, String amount) {
        return new TableRow(index, "合计", null, CodeKind.NONE, CodeLevel.NONE, true, index + 1, List.of(cell(amount)), null);
    }

    private static TableCell cell(String printed) {
        return new TableCell(1, printed, AmountParser.parseCell(printed, AmountUnit.WAN_YUAN).orElseThrow());
    }
}
