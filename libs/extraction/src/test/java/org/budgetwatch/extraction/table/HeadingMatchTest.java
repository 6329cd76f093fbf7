package org.budgetwatch.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as OCR's reading of a heading, and what as marks around one. */
class HeadingMatchTest {

    @Test
    void shouldTakeAReadingOfAboutTheSameLengthWithHalfTheHeadingsCharactersInOrderForTheHeading() {
        assertThat(StandardColumns.resembles("项目又出", "项目支出")).isTrue();
        assertThat(StandardColumns.resembles("项目又山", "项目支出")).isTrue();
        assertThat(StandardColumns.resembles("工资福利支出", "人员经费")).isFalse();
        assertThat(StandardColumns.resembles("支出项目", "项目支出")).as("the same characters out of order").isTrue();
    }

    @Test
    void shouldStripRulesAndDashesFromTheEndsOfAHeadingButKeepSignsThatMeanSomething() {
        assertThat(HeaderGrid.withoutStrayMarks("│-项目支出")).isEqualTo("项目支出");
        assertThat(HeaderGrid.withoutStrayMarks("科目名称-")).isEqualTo("科目名称");
        assertThat(HeaderGrid.withoutStrayMarks("\"三公\"经费合计")).isEqualTo("\"三公\"经费合计");
        assertThat(HeaderGrid.withoutStrayMarks("（一）")).isEqualTo("（一）");
        assertThat(HeaderGrid.withoutStrayMarks("其中：")).isEqualTo("其中：");
        assertThat(HeaderGrid.withoutStrayMarks("≥67%")).isEqualTo("≥67%");
        assertThat(HeaderGrid.withoutStrayMarks("——")).as("nothing but marks is left for isNoise").isEqualTo("——");
    }

    @Test
    void shouldTakeAShortWordColonWordCellForTheUnitInTheCorner() {
        assertThat(TableBlockFinder.isCornerNote("平位: 717")).isTrue();
        assertThat(TableBlockFinder.isCornerNote("单位：万元")).isTrue();
        assertThat(TableBlockFinder.isCornerNote("其中：")).isFalse();
        assertThat(TableBlockFinder.isCornerNote("公务用车购置及运行费")).isFalse();
    }
}
