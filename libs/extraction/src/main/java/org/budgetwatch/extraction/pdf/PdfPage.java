package org.budgetwatch.extraction.pdf;

import java.util.List;

/** What one page prints: its glyphs and rulings, in the page's upright frame. */
record PdfPage(int number, float width, float height, List<Glyph> glyphs, PageRulings rulings) {

    PdfPage {
        glyphs = List.copyOf(glyphs);
    }
}
