package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A border drawn in pieces, cell by cell as word processors and spreadsheets draw it, is one line. */
class PageRulingsTest {

    @Test
    void shouldJoinTheCellByCellPiecesOfARowBorderIntoOneLine() {
        PageRulings rulings = PageRulings.joined(List.of(
                new HorizontalRuling(100, 40, 140), // overlapping the next piece
                new HorizontalRuling(100.4f, 138, 240),
                new HorizontalRuling(99.6f, 241.5f, 340), // a hair apart
                new HorizontalRuling(100, 340, 440)), List.of());

        assertThat(rulings.horizontals()).singleElement().satisfies(line -> {
            assertThat(line.y()).isCloseTo(100, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(line.left()).isEqualTo(40);
            assertThat(line.right()).isEqualTo(440);
        });
    }

    @Test
    void shouldKeepPiecesApartWhereAGapWiderThanAHairSeparatesThem() {
        PageRulings rulings = PageRulings.joined(List.of(
                new HorizontalRuling(100, 40, 140),
                new HorizontalRuling(100, 150, 240)), List.of());

        assertThat(rulings.horizontals()).containsExactly(new HorizontalRuling(100, 40, 140), new HorizontalRuling(100, 150, 240));
    }

    @Test
    void shouldKeepBordersAFewPointsApartAsTwoLines() {
        PageRulings rulings = PageRulings.joined(List.of(
                new HorizontalRuling(100, 40, 440),
                new HorizontalRuling(103, 40, 440)), List.of());

        assertThat(rulings.horizontals()).extracting(HorizontalRuling::y).containsExactly(100f, 103f);
    }

    @Test
    void shouldJoinThePiecesOfAColumnBorderDrawnRowByRow() {
        PageRulings rulings = PageRulings.joined(List.of(), List.of(
                new VerticalRuling(200, 100, 120),
                new VerticalRuling(200.5f, 120, 140),
                new VerticalRuling(200, 141, 160),
                new VerticalRuling(300, 100, 160)));

        assertThat(rulings.verticals()).hasSize(2);
        assertThat(rulings.verticals().get(0).x()).isCloseTo(200.17f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(rulings.verticals().get(0).top()).isEqualTo(100);
        assertThat(rulings.verticals().get(0).bottom()).isEqualTo(160);
        assertThat(rulings.verticals().get(1)).isEqualTo(new VerticalRuling(300, 100, 160));
    }

    @Test
    void shouldHaveNoLinesWhereNoneWereDrawn() {
        assertThat(PageRulings.joined(List.of(), List.of()).isEmpty()).isTrue();
    }
}
