package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Cell borders as PDF writers print them, in the text's coordinates (y growing down the page). */
class RuleCollectorTest {

    private static final PDRectangle PAGE = new PDRectangle(600, 800);

    @Test
    void shouldReadStrokedLinesRectanglesAndThinFilledRectanglesAsBorders() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.moveTo(100, 700); // a stroked vertical line from y 700 up to 750 (PDF space)
                content.lineTo(100, 750);
                content.stroke();
                content.addRect(200, 650, 100, 50); // a stroked cell: four borders
                content.stroke();
                content.addRect(400, 600, 0.5f, 80); // Word's borders: thin filled rectangles
                content.addRect(50, 500, 300, 0.5f);
                content.fill();
                content.addRect(50, 300, 200, 100); // a filled area (shading), not a border
                content.fill();
            }
            PageRules rules = RuleCollector.of(page);

            assertThat(rules.verticals()).containsExactlyInAnyOrder(new VerticalRule(100, 50, 100), new VerticalRule(200, 100, 150),
                    new VerticalRule(300, 100, 150), new VerticalRule(400.25f, 120, 200));
            assertThat(rules.horizontals()).containsExactlyInAnyOrder(new HorizontalRule(150, 200, 300), new HorizontalRule(100, 200, 300),
                    new HorizontalRule(299.75f, 50, 350));
        }
    }

    @Test
    void shouldTakeAPageOfThousandsOfLinesForADrawingNotATable() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < 2 * RuleCollector.MOST_LINES; i++) { // hatching
                    content.moveTo(20 + i % 500, 100);
                    content.lineTo(20 + i % 500, 700);
                }
                content.stroke();
            }
            assertThat(RuleCollector.of(page).isEmpty()).isTrue();
        }
    }
}
