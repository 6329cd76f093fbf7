package org.budgetwatch.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Header rows flatten into one path per column; what OCR made of a stamp or a ruling is not a heading. */
class HeaderGridTest {

    @Test
    void shouldFlattenTwoHeaderRowsIntoPaths() {
        assertThat(HeaderGrid.paths(List.of(List.of("合计", "基本支出", ""), List.of("", "人员经费", "公用经费")), 3))
                .containsExactly("合计", "基本支出/人员经费", "基本支出/公用经费");
    }

    @Test
    void shouldLeaveOcrNoiseOutOfThePaths() {
        assertThat(HeaderGrid.paths(List.of(List.of("合计", "基本支出"), List.of("الاال", "人员经费"), List.of("│", "——")), 2))
                .containsExactly("合计", "基本支出/人员经费");
    }

    @Test
    void shouldKeepHeadingsOfLettersAndDigits() {
        assertThat(HeaderGrid.isNoise("2024年预算数")).isFalse();
        assertThat(HeaderGrid.isNoise("PPP项目")).isFalse();
        assertThat(HeaderGrid.isNoise("（一）")).isFalse();
        assertThat(HeaderGrid.isNoise("——")).isTrue();
        assertThat(HeaderGrid.isNoise("الاال")).isTrue();
    }
}
