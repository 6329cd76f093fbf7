package org.budgetwatch.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search costs what the service can afford, whoever sends it: expanding clauses are few and narrow, every search has a
 * time it may take, and no page number makes the window overflow.
 */
class SearchBoundsTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAQueryOfThreeHundredFuzzyClauses() throws Exception {
        String q = String.join(" ", java.util.Collections.nCopies(300, "档~"));
        String asInTheAttack = String.join(" OR ", java.util.Collections.nCopies(300, "档案整理存储项目~2")); // a 9 KB URL, encoded
        try (ReadModel model = withTwoDisclosures()) {
            assertThatThrownBy(() -> model.search(SearchQuery.text(q))).isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("300 fuzzy, wildcard, regular-expression or prefix clauses; at most 8 are searched at once");
            assertThatThrownBy(() -> model.search(SearchQuery.text(asInTheAttack))).isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("at most 1000 are searched");
        }
    }

    @Test
    void shouldRefuseManyWildcardAndRegularExpressionClausesToo() throws Exception {
        try (ReadModel model = withTwoDisclosures()) {
            assertThatThrownBy(() -> model.search(SearchQuery.text("a* OR b* OR c* OR d* OR e* OR f* OR g* OR h* OR /i.*/")))
                    .isInstanceOf(InvalidQueryException.class);
            assertThatThrownBy(() -> model.search(SearchQuery.text(String.join(" OR ", java.util.Collections.nCopies(200, "档")))))
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("clauses");
            assertThatThrownBy(() -> model.search(SearchQuery.text("档".repeat(1_001)))).isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("at most 1000");
        }
    }

    @Test
    void shouldStillSearchAFewFuzzyClauses() throws Exception {
        try (ReadModel model = withTwoDisclosures()) {
            assertThat(model.search(SearchQuery.text("档案整理~1 OR 信息化~")).total()).isPositive();
        }
    }

    @Test
    void shouldSearchAFuzzyClauseWithOneEditAfterAFirstCharacterThatMatches() throws Exception {
        for (String typed : new String[] {"budget~2", "budget~", "budget~0.5", "budget~1"}) {
            Query fuzzy = QueryBounds.parser("text", new SmartChineseAnalyzer()).parse(typed);

            assertThat(fuzzy).as(typed).isInstanceOfSatisfying(FuzzyQuery.class, f -> {
                assertThat(f.getMaxEdits()).isEqualTo(1);
                assertThat(f.getPrefixLength()).isEqualTo(1);
            });
        }
    }

    @Test
    void shouldStopASearchThatOutlastsItsTime() throws Exception {
        try (ReadModel model = withTwoDisclosures()) {
            assertThatThrownBy(() -> model.search(SearchQuery.text("档案"), Duration.ZERO)).isInstanceOf(SearchTimeoutException.class);
            assertThat(model.search(SearchQuery.text("档案"), Duration.ofSeconds(30)).total()).isPositive();
        }
    }

    @Test
    void shouldRefuseTheLastPageNumberInsteadOfOverflowing() {
        SearchQuery last = new SearchQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                Integer.MAX_VALUE, 100);

        assertThatThrownBy(last::validated).isInstanceOf(InvalidQueryException.class).hasMessageContaining("page × size");
    }

    private ReadModel withTwoDisclosures() {
        ReadModel model = new ReadModel(dir, Duration.ofHours(1), 10_000);
        model.index(ReadModelTest.view("a", "北京市东城区医疗保障局", "北京市东城区", 2024, "档案整理存储项目", "107.50", null));
        model.index(ReadModelTest.view("b", "武汉市东西湖区医疗保障局", "湖北省武汉市东西湖区", 2024, "信息化平台运维", "1,585.06", "NARR-YOY"));
        model.commit();
        return model;
    }
}
