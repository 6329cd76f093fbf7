package org.budgetwatch.extraction.pdf;

/**
 * A vertical line printed on a page (a cell border of a ruled table), at {@code x} from {@code top} down to
 * {@code bottom}, in the text's coordinates (points, y growing down the page).
 */
record VerticalRule(float x, float top, float bottom) {

    boolean crosses(float y) {
        return top <= y && y <= bottom;
    }
}
