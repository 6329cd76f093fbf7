package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which printed lines make one row where no border separates the rows; lines over code, name and figure columns. */
class RowGroupingTest {

    private static final float SIZE = 9;

    @Test
    void shouldTakeANameWrappedAboveTheFirstRowsCentredFiguresForThatRowNotForAHeading() {
        List<VisualLine> lines = List.of(
                line(100, "", "社会保障和就业支", ""),
                line(105.4f, "208", "", "107.62"),
                line(110.8f, "", "出", ""),
                line(130, "20805", "行政事业单位养老支出", "107.62"));

        assertThat(RowGrouping.rows(lines)).containsExactly(List.of(0, 1, 2), List.of(3));
    }

    @Test
    void shouldKeepAHeadingOverTheFiguresAsAHeaderRow() {
        List<VisualLine> lines = List.of(
                line(100, "科目编码", "科目名称", "合计"),
                line(110.8f, "208", "社会保障和就业支出", "107.62"));

        assertThat(RowGrouping.rows(lines)).containsExactly(List.of(0), List.of(1));
    }

    @Test
    void shouldJoinACodeCentredUnderTheFirstLineOfItsRowWhereTheFiguresStand() {
        List<VisualLine> lines = List.of(
                line(100, "", "机关事业单位基本", "65.34"),
                line(105.4f, "2080505", "", ""),
                line(110.8f, "", "养老保险缴费支出", ""),
                line(130, "2080506", "机关事业单位职业年金缴费支出", "32.67"));

        assertThat(RowGrouping.rows(lines)).containsExactly(List.of(0, 1, 2), List.of(3));
    }

    @Test
    void shouldJoinFiguresCentredUnderTheFirstLineOfItsRowWhereTheCodeStands() {
        List<VisualLine> lines = List.of(
                line(100, "2080505", "机关事业单位基本", ""),
                line(105.4f, "", "", "65.34"),
                line(110.8f, "", "养老保险缴费支出", ""));

        assertThat(RowGrouping.rows(lines)).containsExactly(List.of(0, 1, 2));
    }

    @Test
    void shouldKeepTwoRowsSetTightApartWhereEachHasItsOwnCodeAndFigures() {
        List<VisualLine> lines = List.of(
                line(100, "30101", "基本工资", "196.41"),
                line(110, "30102", "津贴补贴", "126.22"),
                line(120, "", "一般公共预算拨款", "1,053.43"),
                line(130, "", "", "91.09"));

        assertThat(RowGrouping.rows(lines)).containsExactly(List.of(0), List.of(1), List.of(2), List.of(3));
    }

    private static VisualLine line(float baseline, String... cells) {
        return new VisualLine(baseline, SIZE, cells);
    }
}
