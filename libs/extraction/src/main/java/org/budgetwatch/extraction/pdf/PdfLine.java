package org.budgetwatch.extraction.pdf;

import java.util.List;

/** A line of a PDF page as positioned chunks, left to right. */
record PdfLine(int page, List<TextChunk> chunks) {

    float xStart() {
        return chunks.get(0).xStart();
    }

    float xEnd() {
        return chunks.get(chunks.size() - 1).xEnd();
    }

    /** Half-way up the line's first glyphs: where the borders of the cells it sits in cross it. */
    float middle() {
        TextChunk first = chunks.get(0);
        return first.baseline() - first.height() / 2;
    }

    /** A table row: chunks separated by gaps wider than two characters. */
    boolean isRow() {
        for (int i = 1; i < chunks.size(); i++) {
            TextChunk previous = chunks.get(i - 1);
            if (chunks.get(i).xStart() - previous.xEnd() > 2 * Math.max(previous.charWidth(), 1f)) {
                return true;
            }
        }
        return false;
    }

    String plainText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0 && needsSpace(text.charAt(text.length() - 1), chunks.get(i).text().charAt(0))) {
                text.append(' ');
            }
            text.append(chunks.get(i).text());
        }
        return text.toString();
    }

    private static boolean needsSpace(char before, char after) {
        return before < 0x2E80 && after < 0x2E80; // CJK text runs on without spaces
    }
}
