package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.pdf.ReadTables.onlyTable;
import static org.budgetwatch.extraction.pdf.ReadTables.pages;
import static org.budgetwatch.extraction.pdf.ReadTables.paths;
import static org.budgetwatch.extraction.pdf.ReadTables.rows;

import java.util.Collections;
import java.util.List;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table continued over a page break, its header printed again at the top of the next page and a page number at the
 * foot of each: one table, the repeated header not a row, located on its first page, each row on its own page.
 */
class ContinuedTableTest {

    private static final List<String> ROWS = CorpusRows.BAODING_GENERAL_BUDGET_EXPENDITURE;
    /** Rows before the page break: the 合计 and the first 12 rows. */
    private static final int ON_FIRST_PAGE = 13;

    @BeforeEach
    void font() {
        ReadTables.assumeFont();
    }

    @Test
    void shouldReadARuledTableContinuedOnTheNextPageUnderItsRepeatedHeaderAsOneTable() {
        assertReadAsOneTable(expenditureTable(LayoutPdf.Grid.ruled(70, 250, 90, 90, 90)
                .header("科目编码", "科目名称", "合计", "基本支出", "项目支出")));
    }

    @Test
    void shouldReadARuledTableContinuedUnderARepeatedHeaderOfTwoRowsAsOneTable() {
        assertReadAsOneTable(expenditureTable(LayoutPdf.Grid.ruled(70, 250, 90, 90, 90)
                .header("功能分类科目", "<", "合计", "基本支出", "项目支出")
                .header("科目编码", "科目名称", "^", "^", "^")));
    }

    @Test
    void shouldReadAnUnruledTableContinuedOnTheNextPageUnderItsRepeatedHeaderAsOneTable() {
        assertReadAsOneTable(expenditureTable(LayoutPdf.Grid.unruled(70, 250, 90, 90, 90).spacing(1.2f, 0.45f)
                .header("科目编码", "科目名称", "合计", "基本支出", "项目支出")));
    }

    @Test
    void shouldReadATableContinuedOnTheNextPageWithoutItsHeaderAsOneTable() {
        assertReadAsOneTable(expenditureTable(LayoutPdf.Grid.ruled(70, 250, 90, 90, 90).headerOnFirstPageOnly()
                .header("科目编码", "科目名称", "合计", "基本支出", "项目支出")));
    }

    @Test
    void shouldJoinARowAWordProcessorBrokeOverThePageBreak() {
        byte[] pdf = LayoutPdf.landscape().withPageNumbers()
                .centred("单位预算一般公共预算财政拨款支出表", 16)
                .caption("450001保定市满城区医疗保障局本级", "单位：万元", 10)
                .table(LayoutPdf.Grid.ruled(70, 100, 90, 90, 90)
                        .header("科目编码", "科目名称", "合计", "基本支出", "项目支出")
                        .row("208", "社会保障和就业支出", "115.18", "115.18", "")
                        .row("20805", "行政事业单位养老支出", "115.18", "115.18", "")
                        .row("2080501", "行政单位离退休", "4.87", "4.87", "")
                        .row("2080505", "机关事业单位基本", "71.99", "71.99", "")
                        .pageBreak()
                        .row("", "养老保险缴费支出", "", "", "")
                        .row("2080506", "机关事业单位职业年金缴费支出", "38.31", "38.31", ""))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(rows(table)).containsExactly(
                "208|社会保障和就业支出|115.18|115.18|",
                "20805|行政事业单位养老支出|115.18|115.18|",
                "2080501|行政单位离退休|4.87|4.87|",
                "2080505|机关事业单位基本养老保险缴费支出|71.99|71.99|",
                "2080506|机关事业单位职业年金缴费支出|38.31|38.31|");
        assertThat(pages(table)).containsExactly(1, 1, 1, 1, 2);
    }

    private static byte[] expenditureTable(LayoutPdf.Grid grid) {
        for (int i = 0; i < ROWS.size(); i++) {
            if (i == ON_FIRST_PAGE) {
                grid.pageBreak();
            }
            grid.row(ROWS.get(i).split("\\|", -1));
        }
        return LayoutPdf.landscape().withPageNumbers()
                .centred("单位预算一般公共预算财政拨款支出表", 16)
                .caption("450001保定市满城区医疗保障局本级", "单位：万元", 10)
                .table(grid)
                .bytes();
    }

    private static void assertReadAsOneTable(byte[] pdf) {
        ExtractedTable table = onlyTable(pdf);

        assertThat(table.title()).isEqualTo("单位预算一般公共预算财政拨款支出表");
        assertThat(table.type()).isEqualTo(TableType.GENERAL_BUDGET_EXPENDITURE);
        assertThat(paths(table)).containsExactly("合计", "基本支出", "项目支出");
        assertThat(rows(table)).as("rows of both pages, the header not among them").containsExactlyElementsOf(ROWS);
        assertThat(table.location().page()).as("the table's first page").isEqualTo(1);
        assertThat(pages(table)).containsExactlyElementsOf(pagesOfRows());
    }

    private static List<Integer> pagesOfRows() {
        List<Integer> pages = new java.util.ArrayList<>(Collections.nCopies(ON_FIRST_PAGE, 1));
        pages.addAll(Collections.nCopies(ROWS.size() - ON_FIRST_PAGE, 2));
        return pages;
    }
}
