package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.pdf.ReadTables.onlyTable;
import static org.budgetwatch.extraction.pdf.ReadTables.paths;
import static org.budgetwatch.extraction.pdf.ReadTables.rows;

import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.pdf.LayoutPdf.Grid;
import org.budgetwatch.extraction.pdf.LayoutPdf.Vertical;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names wrapped over two lines in a narrow name column, the first row's too, with the code and figures beside them
 * set in the middle of the row or on its first line: one label, the code and the amounts in their own cells, in a
 * ruled table, one ruled by columns only, and one printed without rulings.
 */
class WrappedNamesTest {

    private static final float[] COLUMNS = {60, 85, 70, 70, 70, 70, 70};

    @BeforeEach
    void font() {
        ReadTables.assumeFont();
    }

    @Test
    void shouldJoinANameWrappedInItsRuledCell() {
        assertWrappedNamesRead(Grid.ruled(COLUMNS));
    }

    @Test
    void shouldJoinANameWrappedInItsCellWhereOnlyColumnBordersSeparateTheBodysCells() {
        assertWrappedNamesRead(Grid.ruled(COLUMNS).withoutRowBorders().spacing(1.2f, 0.5f));
    }

    @Test
    void shouldJoinANameWrappedBesideFiguresOnItsFirstLineAndACodeInTheMiddleBetweenColumnBorders() {
        assertWrappedNamesRead(Grid.ruled(COLUMNS).withoutRowBorders().spacing(1.2f, 0.5f).align(Vertical.TOP, Vertical.MIDDLE));
    }

    @Test
    void shouldJoinANameWrappedInAnUnruledTableWithItsCodeAndFiguresCentredBesideIt() {
        assertWrappedNamesRead(Grid.unruled(COLUMNS).spacing(1.2f, 0.45f));
    }

    @Test
    void shouldJoinANameWrappedInAnUnruledTableWithItsCodeAndFiguresOnItsFirstLine() {
        assertWrappedNamesRead(Grid.unruled(COLUMNS).spacing(1.2f, 0.45f).align(Vertical.TOP, Vertical.TOP));
    }

    @Test
    void shouldJoinANameWrappedInAnUnruledTableWithItsFiguresOnItsFirstLineAndItsCodeInTheMiddle() {
        assertWrappedNamesRead(Grid.unruled(COLUMNS).spacing(1.2f, 0.45f).align(Vertical.TOP, Vertical.MIDDLE));
    }

    private static void assertWrappedNamesRead(Grid grid) {
        byte[] pdf = LayoutPdf.landscape()
                .centred("一般公共预算支出表(分功能科目)", 16)
                .caption("部门/单位: 武汉市东西湖区医疗保障局", "单位:万元", 10)
                .table(grid
                        .header("科目编码", "科目名称", "合计", "小计", "人员经费", "公用经费", "项目支出")
                        .row("208", "社会保障和就业支出", "107.62", "107.62", "107.62", "0.00", "0.00")
                        .row("20805", "行政事业单位养老支出", "107.62", "107.62", "107.62", "0.00", "0.00")
                        .row("2080501", "行政单位离退休", "9.60", "9.60", "9.60", "0.00", "0.00")
                        .row("2080505", "机关事业单位基本养老保险缴费支出", "65.34", "65.34", "65.34", "0.00", "0.00")
                        .row("2080506", "机关事业单位职业年金缴费支出", "32.67", "32.67", "32.67", "0.00", "0.00")
                        .row("2101502", "一般行政管理事务", "218.06", "0.00", "0.00", "0.00", "218.06")
                        .row("2101505", "医疗保障政策管理", "80.00", "0.00", "0.00", "0.00", "80.00"))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(paths(table)).containsExactly("合计", "小计", "人员经费", "公用经费", "项目支出");
        assertThat(rows(table)).containsExactly(
                "208|社会保障和就业支出|107.62|107.62|107.62|0.00|0.00",
                "20805|行政事业单位养老支出|107.62|107.62|107.62|0.00|0.00",
                "2080501|行政单位离退休|9.60|9.60|9.60|0.00|0.00",
                "2080505|机关事业单位基本养老保险缴费支出|65.34|65.34|65.34|0.00|0.00",
                "2080506|机关事业单位职业年金缴费支出|32.67|32.67|32.67|0.00|0.00",
                "2101502|一般行政管理事务|218.06|0.00|0.00|0.00|218.06",
                "2101505|医疗保障政策管理|80.00|0.00|0.00|0.00|80.00");
    }
}
