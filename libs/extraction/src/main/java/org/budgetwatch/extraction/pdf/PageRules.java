package org.budgetwatch.extraction.pdf;

import java.util.List;

/** The cell borders printed on one page. */
record PageRules(List<VerticalRule> verticals, List<HorizontalRule> horizontals) {

    static final PageRules NONE = new PageRules(List.of(), List.of());

    PageRules {
        verticals = List.copyOf(verticals);
        horizontals = List.copyOf(horizontals);
    }

    boolean isEmpty() {
        return verticals.isEmpty() && horizontals.isEmpty();
    }

    /** Whether a border runs between the heights {@code above} and {@code below} somewhere from {@code left} to {@code right}. */
    boolean separates(float above, float below, float left, float right) {
        for (HorizontalRule rule : horizontals) {
            if (above < rule.y() && rule.y() < below && rule.left() < right && left < rule.right()) {
                return true;
            }
        }
        return false;
    }
}
