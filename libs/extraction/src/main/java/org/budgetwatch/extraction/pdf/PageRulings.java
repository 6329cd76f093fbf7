package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rulings printed on one page, with the pieces of one line joined: word processors and spreadsheets draw a
 * border cell by cell, so a row border arrives as many short segments, often overlapping or a hair apart.
 */
record PageRulings(List<HorizontalRuling> horizontals, List<VerticalRuling> verticals) {

    static final PageRulings NONE = new PageRulings(List.of(), List.of());
    /** Two rulings this close (points) across their direction are one line. */
    static final float SAME_LINE = 1.2f;
    /** Pieces of a line with a gap this small (points) between them are one line. */
    private static final float JOIN_GAP = 2.5f;

    PageRulings {
        horizontals = List.copyOf(horizontals);
        verticals = List.copyOf(verticals);
    }

    boolean isEmpty() {
        return horizontals.isEmpty() && verticals.isEmpty();
    }

    /** The same lines, pieces joined. */
    static PageRulings joined(List<HorizontalRuling> horizontals, List<VerticalRuling> verticals) {
        List<HorizontalRuling> hs = new ArrayList<>(horizontals);
        hs.sort(Comparator.comparingDouble(HorizontalRuling::y).thenComparingDouble(HorizontalRuling::left));
        List<HorizontalRuling> joinedH = new ArrayList<>();
        int i = 0;
        while (i < hs.size()) {
            int end = i;
            while (end + 1 < hs.size() && hs.get(end + 1).y() - hs.get(i).y() <= SAME_LINE) {
                end++;
            }
            List<HorizontalRuling> line = new ArrayList<>(hs.subList(i, end + 1));
            line.sort(Comparator.comparingDouble(HorizontalRuling::left));
            float y = (float) line.stream().mapToDouble(HorizontalRuling::y).average().orElse(0);
            float left = line.get(0).left();
            float right = line.get(0).right();
            for (HorizontalRuling piece : line.subList(1, line.size())) {
                if (piece.left() <= right + JOIN_GAP) {
                    right = Math.max(right, piece.right());
                } else {
                    joinedH.add(new HorizontalRuling(y, left, right));
                    left = piece.left();
                    right = piece.right();
                }
            }
            joinedH.add(new HorizontalRuling(y, left, right));
            i = end + 1;
        }
        List<VerticalRuling> vs = new ArrayList<>(verticals);
        vs.sort(Comparator.comparingDouble(VerticalRuling::x).thenComparingDouble(VerticalRuling::top));
        List<VerticalRuling> joinedV = new ArrayList<>();
        i = 0;
        while (i < vs.size()) {
            int end = i;
            while (end + 1 < vs.size() && vs.get(end + 1).x() - vs.get(i).x() <= SAME_LINE) {
                end++;
            }
            List<VerticalRuling> line = new ArrayList<>(vs.subList(i, end + 1));
            line.sort(Comparator.comparingDouble(VerticalRuling::top));
            float x = (float) line.stream().mapToDouble(VerticalRuling::x).average().orElse(0);
            float top = line.get(0).top();
            float bottom = line.get(0).bottom();
            for (VerticalRuling piece : line.subList(1, line.size())) {
                if (piece.top() <= bottom + JOIN_GAP) {
                    bottom = Math.max(bottom, piece.bottom());
                } else {
                    joinedV.add(new VerticalRuling(x, top, bottom));
                    top = piece.top();
                    bottom = piece.bottom();
                }
            }
            joinedV.add(new VerticalRuling(x, top, bottom));
            i = end + 1;
        }
        return new PageRulings(joinedH, joinedV);
    }
}
