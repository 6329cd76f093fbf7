package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/** A table we could not read with confidence is named once, as INFO, and no rule accuses the document from it. */
class ReadDoubtfulTableRuleTest {

    private final DisclosureValidator validator = new DisclosureValidator(RuleCatalogue.standard(), false);

    @Test
    void shouldNameATableWithTwoNumbersInACellOnceAsInfoAndRaiseNothingElseFromIt() {
        // the kind of misreading a PDF reader makes: a name wrapped over two lines swallowed the next row's figures
        ExtractedTable misread = table(7, 12,
                row(0, "2080505", "机关事业单位基本养老保险缴费支出", "754.75 754.75", "754.75"),
                row(1, "", "754.75 754.75 0.00", "1.00", "2.00"),
                row(2, "2080506", "机关事业单位职业年金缴费支出", "301.90", "301.90"),
                total(3, "9,999.00", "1.00"));

        ValidationReport report = validator.validate(document(misread));

        // a document of one table misses the standard tables: that is about the document, and stays
        List<Finding> aboutTheTable = report.findings().stream().filter(f -> !f.category().equals("completeness")).toList();
        assertThat(aboutTheTable).as("one finding about the table, about its reading").singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ReadDoubtfulTableRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageZh()).contains("（第 12 页）未能可靠读取", "1 个金额单元格读出两个以上数字", "1 行的名称读成了数字或编码");
            assertThat(f.locations()).singleElement().satisfies(l -> {
                assertThat(l.tableIndex()).isEqualTo(7);
                assertThat(l.page()).isEqualTo(12);
            });
        });
        assertThat(aboutTheTable).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void shouldStillReportTheOneTotalThatFailsInATableReadCleanly() {
        ExtractedTable clean = table(0, 3,
                row(0, "2080505", "机关事业单位基本养老保险缴费支出", "754.75", "754.75"),
                row(1, "2080506", "机关事业单位职业年金缴费支出", "301.90", "301.90"),
                total(2, "1,056.75", "1,056.65"));

        ValidationReport report = validator.validate(document(clean));

        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals(ReadDoubtfulTableRule.ID));
        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::ruleId).contains(ArithTotalRowRule.ID);
    }

    @Test
    void shouldCountEveryTableAsAReadingCheck() {
        ValidationReport report = validator.validate(document(table(0, 1, row(0, "2080505", "机关事业单位基本养老保险缴费支出", "1.00", "1.00"))));

        assertThat(report.tallies()).filteredOn(t -> t.ruleId().equals(ReadDoubtfulTableRule.ID)).singleElement()
                .satisfies(t -> assertThat(t.passed()).isEqualTo(1));
    }

    private static ExtractedDocument document(ExtractedTable table) {
        return new ExtractedDocument("application/pdf", new DocumentMetadata("t", "某局", "某市", 2024, DocumentKind.UNKNOWN),
                List.of(table), List.of());
    }

    private static ExtractedTable table(int index, int page, TableRow... rows) {
        return new ExtractedTable(index, TableType.GENERAL_BUDGET_EXPENDITURE, "一般公共预算支出表", TableSide.WHOLE, AmountUnit.WAN_YUAN,
                new LineSpan(page, 100, 120), List.of(new TableColumn(1, "合计", true), new TableColumn(2, "基本支出", false)), List.of(rows), null);
    }

    private static TableRow row(int index, String code, String label, String total, String basic) {
        return new TableRow(index, label, code.isEmpty() ? null : code, code.isEmpty() ? CodeKind.NONE : CodeKind.FUNCTION, CodeLevel.ITEM,
                false, 100 + index, List.of(cell(1, total), cell(2, basic)), 12);
    }

    private static TableRow total(int index, String total, String basic) {
        return new TableRow(index, "合计", null, CodeKind.NONE, CodeLevel.NONE, true, 100 + index, List.of(cell(1, total), cell(2, basic)), 12);
    }

    private static TableCell cell(int column, String printed) {
        return new TableCell(column, printed, AmountParser.parseCell(printed, AmountUnit.WAN_YUAN).orElse(null));
    }
}
