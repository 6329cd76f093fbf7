package org.budgetwatch.extraction.pdf;

/**
 * A vertical line printed on a page (a cell border), at {@code x} from {@code top} down to {@code bottom}, in the
 * page's upright frame (points, y growing down the page). Tabula calls these rulings, as we do.
 */
record VerticalRuling(float x, float top, float bottom) {

    boolean crosses(float y) {
        return top <= y && y <= bottom;
    }

    float length() {
        return bottom - top;
    }
}
