package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the ruled tables of a page: rulings that touch each other make one table (its lattice), however many
 * pieces they were drawn in. A lone line (an underline, a page rule) or a frame of one cell is not a table.
 */
final class LatticeFinder {

    private LatticeFinder() {
    }

    static List<Lattice> find(PdfPage page) {
        PageRulings rulings = page.rulings();
        List<HorizontalRuling> hs = rulings.horizontals();
        List<VerticalRuling> vs = rulings.verticals();
        int[] parent = new int[hs.size() + vs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int h = 0; h < hs.size(); h++) {
            HorizontalRuling horizontal = hs.get(h);
            for (int v = 0; v < vs.size(); v++) {
                VerticalRuling vertical = vs.get(v);
                if (vertical.x() >= horizontal.left() - Lattice.TOUCH && vertical.x() <= horizontal.right() + Lattice.TOUCH
                        && horizontal.y() >= vertical.top() - Lattice.TOUCH && horizontal.y() <= vertical.bottom() + Lattice.TOUCH) {
                    union(parent, h, hs.size() + v);
                }
            }
        }
        Map<Integer, List<HorizontalRuling>> componentHs = new HashMap<>();
        Map<Integer, List<VerticalRuling>> componentVs = new HashMap<>();
        for (int h = 0; h < hs.size(); h++) {
            componentHs.computeIfAbsent(find(parent, h), k -> new ArrayList<>()).add(hs.get(h));
        }
        for (int v = 0; v < vs.size(); v++) {
            componentVs.computeIfAbsent(find(parent, hs.size() + v), k -> new ArrayList<>()).add(vs.get(v));
        }
        List<Lattice> lattices = new ArrayList<>();
        for (Map.Entry<Integer, List<VerticalRuling>> component : componentVs.entrySet()) {
            List<HorizontalRuling> horizontals = componentHs.getOrDefault(component.getKey(), List.of());
            List<VerticalRuling> verticals = component.getValue();
            if (horizontals.isEmpty()) {
                continue; // column rules alone: a table printed without row borders is read from positions
            }
            Lattice lattice = Lattice.of(page.number(), horizontals, verticals);
            if (lattice.columns() >= 2 && lattice.rows() >= 1 && lattice.right() - lattice.left() > 30 && lattice.bottom() - lattice.top() > 8) {
                lattices.add(lattice);
            }
        }
        lattices.sort((a, b) -> Float.compare(a.top(), b.top()));
        return lattices;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
