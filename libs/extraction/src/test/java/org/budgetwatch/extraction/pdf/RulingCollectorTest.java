package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.WorkBudget;
import org.junit.jupiter.api.Test;

/** Cell borders as PDF writers print them, read in the page's upright frame (y growing down the page). */
class RulingCollectorTest {

    private static final PDRectangle PAGE = new PDRectangle(600, 800);

    @Test
    void shouldReadStrokedLinesRectanglesAndThinFilledRectanglesAsBordersAndNotFilledAreas() throws IOException {
        PageRulings rulings = rulingsOf(0, content -> {
            content.moveTo(100, 700); // a stroked vertical line from y 700 up to 750 (PDF space)
            content.lineTo(100, 750);
            content.stroke();
            content.addRect(200, 650, 100, 50); // a stroked cell: four borders
            content.stroke();
            content.addRect(400, 600, 0.5f, 80); // Word's borders: thin filled rectangles
            content.addRect(50, 500, 300, 0.5f);
            content.fill();
            content.addRect(50, 300, 200, 100); // a filled area (a cell's shading), not a border
            content.fill();
        });

        assertThat(rulings.verticals()).containsExactlyInAnyOrder(new VerticalRuling(100, 50, 100), new VerticalRuling(200, 100, 150),
                new VerticalRuling(300, 100, 150), new VerticalRuling(400.25f, 120, 200));
        assertThat(rulings.horizontals()).containsExactlyInAnyOrder(new HorizontalRuling(100, 200, 300), new HorizontalRuling(150, 200, 300),
                new HorizontalRuling(299.75f, 50, 350));
    }

    @Test
    void shouldReadTheLongSidesOfAThinFilledOutlineAndNothingOfACurve() throws IOException {
        PageRulings rulings = rulingsOf(0, content -> {
            content.moveTo(100, 500); // an L-shaped corner filled as one polygon, 1 point thick
            content.lineTo(300, 500);
            content.lineTo(300, 501);
            content.lineTo(101, 501);
            content.lineTo(101, 700);
            content.lineTo(100, 700);
            content.closePath();
            content.fill();
            content.moveTo(400, 400); // a curve: a drawing, not a border
            content.curveTo(450, 450, 500, 450, 550, 400);
            content.stroke();
        });

        assertThat(rulings.horizontals()).extracting(HorizontalRuling::y, HorizontalRuling::left, HorizontalRuling::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(299.5f, 100f, 300f));
        assertThat(rulings.verticals()).extracting(VerticalRuling::x, VerticalRuling::top, VerticalRuling::bottom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100.5f, 100f, 300f));
    }

    @Test
    void shouldReadTheBordersOfATurnedPageInItsUprightFrame() throws IOException {
        PageRulings rulings = rulingsOf(90, content -> {
            content.moveTo(100, 200); // along the stored page's x: down the displayed page
            content.lineTo(300, 200);
            content.stroke();
        });

        assertThat(rulings.horizontals()).isEmpty();
        assertThat(rulings.verticals()).containsExactly(new VerticalRuling(200, 100, 300));
    }

    @Test
    void shouldTakeAPageOfThousandsOfLinesForADrawingNotATable() throws IOException {
        PageRulings rulings = rulingsOf(0, content -> {
            for (int i = 0; i < 2 * RulingCollector.MOST_LINES; i++) { // hatching
                content.moveTo(20 + i % 500, 100);
                content.lineTo(20 + i % 500, 700);
            }
            content.stroke();
        });

        assertThat(rulings.isEmpty()).isTrue();
    }

    private interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    private static PageRulings rulingsOf(int rotation, Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            page.setRotation(rotation);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content);
            }
            return PageReader.read(document, new WorkBudget(ExtractionLimits.defaults())).get(0).rulings();
        }
    }
}
