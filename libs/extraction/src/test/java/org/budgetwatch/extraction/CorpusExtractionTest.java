package org.budgetwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * What the four corpus layouts must yield, figures read off the documents by hand: metadata, the summary's
 * totals, 基本支出 / 项目支出, 人员经费 / 公用经费 and the 三公 total.
 */
class CorpusExtractionTest {

    private static final Path CORPUS = Path.of("../../corpus");
    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());

    @Test
    void shouldReadTheBeijingTabSeparatedExport() throws IOException {
        ExtractedDocument d = extract("beijing-dongcheng-medical-security-2024-budget.txt");

        assertMetadata(d, "北京市东城区医疗保障局", "北京市东城区", DocumentKind.DEPARTMENT_BUDGET);
        assertThat(total(d, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.INCOME, "收入总计", "预算数")).isEqualByComparingTo("40734.65");
        assertThat(total(d, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.EXPENDITURE, "支出总计", "预算数")).isEqualByComparingTo("40734.65");
        assertThat(value(d, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.EXPENDITURE, "十、卫生健康支出", "预算数")).isEqualByComparingTo("40014.15");
        assertThat(total(d, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE, "合计", "基本支出")).isEqualByComparingTo("2726.30");
        assertThat(total(d, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE, "合计", "项目支出")).isEqualByComparingTo("38008.35");
        assertThat(total(d, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableSide.WHOLE, "合计", "人员经费")).isEqualByComparingTo("2583.15");
        assertThat(total(d, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableSide.WHOLE, "合计", "公用经费")).isEqualByComparingTo("143.15");
        ExtractedTable threePublic = table(d, TableType.THREE_PUBLIC_COSTS, TableSide.WHOLE);
        assertThat(threePublic.rows()).as("an empty 三公 table").isEmpty();
        assertThat(threePublic.emptyNote()).isEqualTo("本部门不涉及此项工作内容");
    }

    @Test
    void shouldReadTheYanbianMarkdownExportWithNumberedRows() throws IOException {
        ExtractedDocument d = extract("yanbian-medical-security-2024-budget.txt");

        assertMetadata(d, "延边朝鲜族自治州医疗保障局", "延边朝鲜族自治州", DocumentKind.DEPARTMENT_BUDGET);
        assertThat(total(d, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.INCOME, "收入总计", "编制预算")).isEqualByComparingTo("1053.43");
        assertThat(total(d, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.INCOME, "收入总计", "上年结转")).isEqualByComparingTo("91.09");
        assertThat(total(d, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE, "合计", "合计")).isEqualByComparingTo("1144.52");
        assertThat(total(d, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE, "合计", "基本支出")).isEqualByComparingTo("636.85");
        assertThat(total(d, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE, "合计", "项目支出")).isEqualByComparingTo("507.67");
        assertThat(total(d, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableSide.WHOLE, "合计", "公用经费")).isEqualByComparingTo("79.86");
        assertThat(total(d, TableType.THREE_PUBLIC_COSTS, TableSide.WHOLE, "合计", "2024年预算数")).isEqualByComparingTo("4.39");
        ExtractedTable projects = table(d, TableType.PROJECT_EXPENDITURE, TableSide.WHOLE);
        assertThat(projects.rows()).as("the project table continued on a second page is one table").hasSize(24);
        assertThat(projects.rows()).extracting(TableRow::label).contains("个人权益记录单邮寄费", "医疗保障综合工作经费");
    }

    @Test
    void shouldReadTheBaodingWordExportWithOneCellPerLine() throws IOException {
        ExtractedDocument d = extract("baoding-mancheng-medical-security-2024-unit-budget.txt");

        assertMetadata(d, "保定市满城区医疗保障局", "保定市满城区", DocumentKind.UNIT_BUDGET);
        assertThat(d.metadata().title()).as("the export's bookmark anchors are no part of the title").doesNotContain("bookmark")
                .startsWith("一、保定市满城区医疗保障局");
        assertThat(total(d, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.INCOME, "收入总计", "预算数")).isEqualByComparingTo("9064.36");
        assertThat(total(d, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE, "合计", "基本支出")).isEqualByComparingTo("805.64");
        assertThat(total(d, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE, "合计", "项目支出")).isEqualByComparingTo("8258.72");
        assertThat(total(d, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableSide.WHOLE, "合计", "人员经费")).isEqualByComparingTo("776.30");
        assertThat(total(d, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableSide.WHOLE, "合计", "公用经费")).isEqualByComparingTo("29.34");
        assertThat(total(d, TableType.THREE_PUBLIC_COSTS, TableSide.WHOLE, "合计", "合计")).isEqualByComparingTo("3.61");
        TableRow retirees = table(d, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE).rows().stream()
                .filter(r -> "2080501".equals(r.code())).findFirst().orElseThrow();
        assertThat(retirees.label()).isEqualTo("行政单位离退休");
    }

    @Test
    void shouldRepairOcrSpacesInsideNumbersInTheWuhanExportAndSaySo() throws IOException {
        ExtractedDocument d = extract("wuhan-dongxihu-medical-security-2024-budget.txt");

        assertThat(d.metadata().fiscalYear()).isEqualTo(2024);
        assertThat(d.metadata().department()).isEqualTo("东西湖区医疗保障局");
        TableCell total = totalCell(d, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.INCOME, "收入总计", "预算数");
        assertThat(total.text()).isEqualTo("3311. 22");
        assertThat(total.amount().value()).isEqualByComparingTo("3311.22");
        assertThat(total.amount().scale()).isEqualTo(2);
        assertThat(total.amount().repairs()).singleElement().asString().contains("removed spaces");
        assertThat(total(d, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableSide.WHOLE, "合计", "人员经费")).isEqualByComparingTo("674.03");
        assertThat(table(d, TableType.THREE_PUBLIC_COSTS, TableSide.WHOLE).unit()).as("unit inherited from the document").isEqualTo(AmountUnit.WAN_YUAN);
    }

    private ExtractedDocument extract(String file) throws IOException {
        ExtractionResult result = extractor.extract(Files.readAllBytes(CORPUS.resolve(file)));
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) result).document();
    }

    private static void assertMetadata(ExtractedDocument d, String department, String region, DocumentKind kind) {
        assertThat(d.metadata().department()).isEqualTo(department);
        assertThat(d.metadata().region()).isEqualTo(region);
        assertThat(d.metadata().fiscalYear()).isEqualTo(2024);
        assertThat(d.metadata().kind()).isEqualTo(kind);
    }

    private static ExtractedTable table(ExtractedDocument d, TableType type, TableSide side) {
        return d.tables().stream().filter(t -> t.type() == type && t.side() == side).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + side + " table"));
    }

    private static BigDecimal total(ExtractedDocument d, TableType type, TableSide side, String totalLabel, String column) {
        return totalCell(d, type, side, totalLabel, column).amount().value();
    }

    private static TableCell totalCell(ExtractedDocument d, TableType type, TableSide side, String totalLabel, String column) {
        ExtractedTable table = table(d, type, side);
        TableRow row = table.rows().stream().filter(r -> r.total() && r.label().replaceAll("\\s+", "").equals(totalLabel))
                .findFirst().orElseThrow(() -> new AssertionError("no total row " + totalLabel + " in " + table.title()));
        return cell(table, row, column);
    }

    private static BigDecimal value(ExtractedDocument d, TableType type, TableSide side, String label, String column) {
        ExtractedTable table = table(d, type, side);
        TableRow row = table.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
        return cell(table, row, column).amount().value();
    }

    private static TableCell cell(ExtractedTable table, TableRow row, String column) {
        TableColumn col = table.columns().stream().filter(c -> c.path().equals(column) || c.path().endsWith("/" + column))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + column + " in " + table.columns()));
        return row.cell(col.index()).orElseThrow();
    }
}
