package org.budgetwatch.extraction.pdf;

/**
 * One printed character in the page's upright frame (points, y growing down the page, whatever the page's
 * rotation). {@code advance} is how far the pen moves: PDF writers often declare full-width glyph boxes for
 * half-width digits, so it is taken from the font size, not from the declared width alone.
 */
record Glyph(String text, float x, float advance, float baseline, float size) {

    float right() {
        return x + advance;
    }

    float centerX() {
        return x + advance / 2;
    }

    /** Half-way up a Chinese character: where the borders of the cell it sits in are crossed. */
    float centerY() {
        return baseline - size * 0.35f;
    }

    float top() {
        return baseline - size * 0.85f;
    }

    /** Chinese characters and full-width forms take a whole em; digits and Latin letters about half of one. */
    boolean isWide() {
        return isWide(text.charAt(0));
    }

    boolean isSpace() {
        return text.equals(" ");
    }

    static boolean isWide(char c) {
        return c >= 0x2E80;
    }
}
