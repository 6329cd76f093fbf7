package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * SANGONG-SUM on “三公” tables whose columns hold more than the “三公”: 会议费 and 培训费 beside them, and the same set
 * of columns once for last year and once for this one. Header paths and figures as the PDF reader reads them from
 * Jiangsu's 2019 “三公”经费、会议费、培训费支出预算表 (page 9) and Xi'an's 2026 表13 (page 43, one unit's row).
 */
class SangongSumExtraColumnsTest {

    private static final List<String> JIANGSU = List.of("合计", "“三公”经费/小计", "“三公”经费/因公出国（境）费", "“三公”经费/公务用车购置及运行维护费/小计",
            "“三公”经费/公务用车购置及运行维护费/公务用车购置费", "“三公”经费/公务用车购置及运行维护费/公务用车运行维护费", "“三公”经费/公务接待费", "会议费", "培训费");

    private static final List<String> XIAN = xian();

    private static List<String> xian() {
        List<String> paths = new ArrayList<>();
        for (String year : List.of("上年", "当年")) {
            String sangong = year + "/一般公共预算拨款安排的“三公”经费预算/";
            paths.addAll(List.of(year + "/合计", sangong + "小计", sangong + "因公出国（境）费用", sangong + "公务接待费",
                    sangong + "公务用车购置及运行维护费/小计", sangong + "公务用车购置及运行维护费/公务用车购置费",
                    sangong + "公务用车购置及运行维护费/公务用车运行维护费", year + "/会议费", year + "/培训费"));
        }
        return paths;
    }

    @Test
    void shouldAddTheThreePublicCostsUpToTheirSubtotalAndTheTotalToTheSubtotalAndTheOtherColumns() {
        ValidationReport report = validate("“三公”经费、会议费、培训费支出预算表", JIANGSU,
                Arrays.asList("1,471.70", "508.20", "70.00", "411.20", null, "411.20", "27.00", "933.50", "30.00"));

        // 508.20 = 70.00 + 411.20 + 27.00; 411.20 = (blank) + 411.20; 1,471.70 = 508.20 + 933.50 + 30.00
        assertThat(report.findings()).isEmpty();
        assertThat(report.tallies().get(0).checks()).isEqualTo(3);
    }

    @Test
    void shouldNeverTakeATotalThatIncludesMeetingsAndTrainingForTheThreePublicCostsTotal() {
        ValidationReport report = validate("“三公”经费、会议费、培训费支出预算表", JIANGSU,
                Arrays.asList("1,471.70", "508.20", "70.00", "411.20", null, "411.20", "72.00", "933.50", "30.00"));

        // 公务接待费 misprinted: the subtotal is contradicted, while 合计 = 508.20 + 933.50 + 30.00 still holds; 1,471.70 is never set against the “三公” alone
        assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.addends()).containsExactly("70.00", "72.00", "411.20"));
    }

    @Test
    void shouldCheckLastYearsColumnsAndThisYearsEachAmongThemselves() {
        ValidationReport report = validate("部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表", XIAN,
                Arrays.asList("640,800.00", "230,000.00", null, "80,000.00", "150,000.00", null, "150,000.00", "360,800.00", "50,000.00",
                        "582,836.00", "203,000.00", null, "80,000.00", "123,000.00", null, "123,000.00", "339,836.00", "40,000.00"));

        assertThat(report.findings()).isEmpty();
        assertThat(report.tallies().get(0).checks()).as("three identities in each year").isEqualTo(6);
    }

    @Test
    void shouldReportAYearsSubtotalThatItsOwnColumnsContradict() {
        ValidationReport report = validate("部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表", XIAN,
                Arrays.asList("640,800.00", "230,000.00", null, "80,000.00", "150,000.00", null, "150,000.00", "360,800.00", "50,000.00",
                        "582,836.00", "230,000.00", null, "80,000.00", "123,000.00", null, "123,000.00", "339,836.00", "40,000.00"));

        assertThat(report.findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("当年/");
        });
    }

    private static ValidationReport validate(String title, List<String> paths, List<String> figures) {
        List<TableColumn> columns = new ArrayList<>();
        List<TableCell> cells = new ArrayList<>();
        for (int c = 0; c < paths.size(); c++) {
            columns.add(new TableColumn(c, paths.get(c), paths.get(c).endsWith("合计") || paths.get(c).endsWith("小计")));
            String printed = figures.get(c);
            cells.add(new TableCell(c, printed, printed == null ? null : AmountParser.parseCell(printed, AmountUnit.WAN_YUAN).orElseThrow()));
        }
        TableRow row = new TableRow(0, "", null, CodeKind.NONE, CodeLevel.NONE, false, 10, cells, 9);
        ExtractedTable table = new ExtractedTable(0, TableType.THREE_PUBLIC_COSTS, title, TableSide.WHOLE, AmountUnit.WAN_YUAN,
                new LineSpan(9, 8, 10), columns, List.of(row), null);
        ExtractedDocument document = new ExtractedDocument("application/pdf", new DocumentMetadata(title, "某部门", "某省", 2026,
                DocumentKind.DEPARTMENT_BUDGET), List.of(table), List.of());
        return new DisclosureValidator(RuleCatalogue.of("test", List.of(new SangongSumRule())), true).validate(document);
    }
}
