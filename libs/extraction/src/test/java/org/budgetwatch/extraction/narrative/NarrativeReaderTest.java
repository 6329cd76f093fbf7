package org.budgetwatch.extraction.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.StatementKind;
import org.junit.jupiter.api.Test;

/** Sentence shapes of a final account's narrative (西安市卫生健康委员会 2022 年度部门决算, shared corpus PDF). */
class NarrativeReaderTest {

    @Test
    void shouldReadAChangeAgainstLastYearNamedAs上年() {
        // page 9
        List<NarrativeStatement> statements = read("2022年度收入总计、支出总计均为2,480,372.7万元，与上年相比收入总计、支出总计均增加789,183.4万元，"
                + "增长46.66%，增长的主要原因是：西安市儿童医院、西安市红会医院等新院区建设、扩建基建项目投入增加。");

        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.YEAR_OVER_YEAR);
            assertThat(value(s, StatedValue.AMOUNT)).isEqualByComparingTo("2480372.7");
            assertThat(value(s, StatedValue.CHANGE)).isEqualByComparingTo("789183.4");
            assertThat(value(s, StatedValue.RATE)).isEqualByComparingTo("46.66");
            assertThat(s.values()).noneMatch(v -> v.role().equals(StatedValue.PRIOR_YEAR));
        });
    }

    @Test
    void shouldReadAFallComparedWith较上年() {
        List<NarrativeStatement> statements = read("本年支出预算120万元，较上年减少30万元，下降20%。");

        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(value(s, StatedValue.CHANGE)).isEqualByComparingTo("-30");
            assertThat(value(s, StatedValue.RATE)).isEqualByComparingTo("-20");
        });
    }

    @Test
    void shouldReadTheCompletionOfTheBudgetWithTheFinalFigure() {
        // page 14, item 13
        List<NarrativeStatement> statements = read("13.卫生健康支出（类）卫生健康管理事务（款）其他卫生健康管理事务支出（项）。年初预算516万元，"
                + "支出决算508.94万元，完成年初预算的98.63%。决算数小于年初预算数的主要原因是：按实际情况支出经费有结余。");

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).subject()).isEqualTo("年初预算");
        assertThat(value(statements.get(0), StatedValue.AMOUNT)).isEqualByComparingTo("516");
        assertThat(statements.get(1).subject()).isEqualTo("支出决算");
        assertThat(value(statements.get(1), StatedValue.AMOUNT)).isEqualByComparingTo("508.94");
        assertThat(value(statements.get(1), StatedValue.COMPLETION)).isEqualByComparingTo("98.63");
        assertThat(statements.get(1).text()).as("the comparison that follows belongs to the figures").contains("决算数小于年初预算数");
    }

    private static List<NarrativeStatement> read(String sentence) {
        return NarrativeReader.read(List.of(new NarrativeReader.ProseLine(1, 12, sentence)), List.of());
    }

    private static BigDecimal value(NarrativeStatement statement, String role) {
        return statement.values().stream().filter(v -> v.role().equals(role)).findFirst().orElseThrow().amount().value();
    }
}
