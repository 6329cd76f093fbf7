package org.budgetwatch.extraction.pdf;

/** A run of text PDFBox reads as one word, with its horizontal extent on the page. */
record TextChunk(String text, float xStart, float xEnd, float charWidth) {

    float center() {
        return (xStart + xEnd) / 2;
    }
}
