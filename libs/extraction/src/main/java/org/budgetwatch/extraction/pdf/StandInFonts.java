package org.budgetwatch.extraction.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The font PDFBox is given for every font a PDF names without embedding it (Times New Roman, SimSun, a printer's
 * face): always the Liberation Sans that PDFBox ships.
 *
 * <p>PDFBox's own mapper looks for the named font among the machine's installed fonts. Its first use in a process
 * walks the font folders and reads PDFBox's font cache (~/.pdfbox.cache), and parses every installed font file when
 * that cache is missing or stale, which it is whenever another PDFBox version has written it: that costs a
 * one-document command most of a CPU-second. This reader draws nothing. A glyph's text comes from the PDF's encodings
 * and ToUnicode maps and its width from the PDF's own widths; the stand-in's metrics count only where a PDF leaves
 * those out, and then the same stand-in on every machine gives the same reading whatever fonts are installed.
 */
final class StandInFonts implements FontMapper {

    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** Parsed on first need: most PDFs embed every font they use. */
    private static final class Bundled {
        static final TrueTypeFont FONT = load();

        private static TrueTypeFont load() {
            try (InputStream in = FontMapper.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("PDFBox's bundled font " + BUNDLED + " is missing from the class path");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read PDFBox's bundled font " + BUNDLED, e);
            }
        }
    }

    // Not flagged as a fallback: PDFBox would only warn, once per font and document, that pages would render in
    // another face, which says nothing about reading them.

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(Bundled.FONT, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(Bundled.FONT, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, Bundled.FONT, false);
    }
}
