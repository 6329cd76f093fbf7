package org.budgetwatch.extraction.pdf;

/**
 * A horizontal line printed on a page (the border between two rows of a ruled table), at {@code y} from
 * {@code left} to {@code right}, in the text's coordinates (points, y growing down the page).
 */
record HorizontalRule(float y, float left, float right) {
}
