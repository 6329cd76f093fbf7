package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.WorkBudget;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.junit.jupiter.api.Test;

class StandInFontsTest {

    @Test
    void shouldReadTextSetInAFontThePdfDoesNotEmbed() throws IOException {
        byte[] pdf = pageInHelvetica("Total 1,234.50");

        ExtractionResult result = PdfDisclosureReader.read(pdf, new WorkBudget(ExtractionLimits.defaults()));

        assertThat(FontMappers.instance()).as("the reader's stand-in, not PDFBox's scan of the installed fonts")
                .isInstanceOf(StandInFonts.class);
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = PageReader.read(document, new WorkBudget(ExtractionLimits.defaults())).get(0).glyphs();
            assertThat(glyphs).extracting(Glyph::text).containsExactly("T", "o", "t", "a", "l", " ", "1", ",", "2", "3", "4", ".", "5", "0");
            assertThat(glyphs).as("widths from the PDF's own metrics").allSatisfy(g -> assertThat(g.advance()).isPositive());
        }
    }

    @Test
    void shouldStandInForEveryMissingFontWithTheFontPdfboxShips() throws IOException {
        StandInFonts fonts = new StandInFonts();

        assertThat(fonts.getTrueTypeFont("TimesNewRomanPSMT", null).getFont().getName()).isEqualTo("LiberationSans");
        assertThat(fonts.getFontBoxFont("Helvetica", null).getFont().getName()).isEqualTo("LiberationSans");
        assertThat(fonts.getCIDFont("SimSun", null, null).getTrueTypeFont().getName()).isEqualTo("LiberationSans");
        assertThat(fonts.getCIDFont("SimSun", null, null).isCIDFont()).isFalse();
    }

    private static byte[] pageInHelvetica(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
