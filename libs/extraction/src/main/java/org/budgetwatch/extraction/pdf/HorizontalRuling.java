package org.budgetwatch.extraction.pdf;

/**
 * A horizontal line printed on a page (the border between two rows of a ruled table), at {@code y} from
 * {@code left} to {@code right}, in the page's upright frame (points, y growing down the page).
 */
record HorizontalRuling(float y, float left, float right) {

    boolean spans(float x) {
        return left <= x && x <= right;
    }

    float length() {
        return right - left;
    }
}
