package org.budgetwatch.extraction.pdf;

import java.util.List;
import java.util.Optional;

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

    /** The height of the nearest horizontal border above {@code y}, and not above {@code highest}, that runs over {@code x}. */
    Optional<Float> borderAbove(float x, float y, float highest) {
        Float nearest = null;
        for (HorizontalRule rule : horizontals) {
            if (rule.y() < y && rule.y() >= highest && rule.left() <= x && x <= rule.right() && (nearest == null || rule.y() > nearest)) {
                nearest = rule.y();
            }
        }
        return Optional.ofNullable(nearest);
    }
}
