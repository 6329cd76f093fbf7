package org.budgetwatch.extraction.pdf;

/**
 * A run of text PDFBox reads as one word, with its horizontal extent on the page, its baseline and its glyphs'
 * height (points, y growing down the page).
 */
record TextChunk(String text, float xStart, float xEnd, float charWidth, float baseline, float height) {

    float center() {
        return (xStart + xEnd) / 2;
    }
}
