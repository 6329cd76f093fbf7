package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.WorkBudget;
import org.junit.jupiter.api.Test;

/**
 * The rulings PageReader collects while it reads the glyphs are those PDFBox's own graphics engine draws, for every
 * path operator, inside forms, under transformations and between text.
 */
class PathOperatorsTest {

    /** Every construction and painting operator, a clip, text between paths and operands that are not numbers. */
    private static final String PAGE_CONTENT = """
            q 1 0 0 1 10 20 cm
            100 700 m 100 750 l S
            100 650 m 300 650 l s
            200 600 100 50 re f
            50 500 300 0.5 re F
            50 380 0.5 100 re f*
            400 600 m 400 680 l 401 680 l 401 600 l h B
            420 600 m 420 680 l 421 680 l 421 600 l B*
            440 600 m 440 680 l 441 680 l 441 600 l b
            460 600 m 460 680 l 461 680 l 461 600 l b*
            BT /F1 10 Tf 60 560 Td (Total 1,234.00) Tj ET
            480 500 m 520 500 l 530 510 550 520 560 540 c 560 600 l S
            480 400 m 500 450 520 400 v 560 400 l S
            480 300 m 500 350 520 300 y 560 300 l S
            50 100 500 600 re W n
            60 60 m 60 90 l n
            /X 2 m 3 4 l 90 4 l S
            Q
            q 1 0 0 1 300 50 cm /Fm1 Do Q
            """;
    private static final String FORM_CONTENT = """
            10 10 m 10 150 l S
            10 10 150 0.8 re f
            """;

    @Test
    void shouldCollectTheRulingsPdfboxDrawsFromEveryPathOperatorInOnePassWithTheText() throws IOException {
        try (PDDocument document = page(0)) {
            PdfPage read = PageReader.read(document, new WorkBudget(ExtractionLimits.defaults())).get(0);

            assertThat(read.rulings()).isEqualTo(drawnByPdfbox(document.getPage(0)));
            assertThat(read.glyphs()).extracting(Glyph::text).contains("T", "1", "0");
            assertThat(read.rulings().verticals()).contains(new VerticalRuling(110, 30, 80)); // 100 700 m 100 750 l S, moved by cm
            assertThat(read.rulings().verticals()).contains(new VerticalRuling(310, 600, 740)); // the form's line, placed by cm
        }
    }

    @Test
    void shouldCollectTheSameRulingsOnATurnedPage() throws IOException {
        try (PDDocument document = page(90)) {
            assertThat(PageReader.read(document, new WorkBudget(ExtractionLimits.defaults())).get(0).rulings()).isEqualTo(drawnByPdfbox(document.getPage(0)));
        }
    }

    private static PDDocument page(int rotation) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(new PDRectangle(600, 800));
        page.setRotation(rotation);
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(200, 200));
        try (OutputStream out = form.getContentStream().createOutputStream()) {
            out.write(FORM_CONTENT.getBytes(StandardCharsets.US_ASCII));
        }
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        resources.put(COSName.getPDFName("Fm1"), form);
        page.setResources(resources);
        PDStream content = new PDStream(document);
        try (OutputStream out = content.createOutputStream()) {
            out.write(PAGE_CONTENT.getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(content);
        document.addPage(page);
        return document;
    }

    /** The paths as PDFBox's graphics engine hands them over, text skipped: how the rulings were read in a pass of their own. */
    private static PageRulings drawnByPdfbox(PDPage page) throws IOException {
        RulingCollector collector = new RulingCollector(PageFrame.of(page));
        new PDFGraphicsStreamEngine(page) {
            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                collector.appendRectangle(p0, p1, p2, p3);
            }

            @Override
            public void moveTo(float x, float y) {
                collector.moveTo(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                collector.lineTo(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                collector.curveTo(x3, y3);
            }

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float(); // PDFBox asks only whether there is one
            }

            @Override
            public void closePath() {
            }

            @Override
            public void strokePath() {
                collector.strokePath();
            }

            @Override
            public void fillPath(int windingRule) {
                collector.fillPath();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                collector.fillAndStrokePath();
            }

            @Override
            public void endPath() {
                collector.endPath();
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            protected void showText(byte[] string) {
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        }.processPage(page);
        return collector.rulings();
    }
}
