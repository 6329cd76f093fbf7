package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A page read as blocks, top to bottom: its ruled tables, its tables printed without rulings, and its lines. */
final class PageLayout {

    private PageLayout() {
    }

    static List<PageBlock> of(PdfPage page) {
        List<Glyph> glyphs = new ArrayList<>(page.glyphs());
        List<PageBlock> blocks = new ArrayList<>();
        for (Lattice lattice : LatticeFinder.find(page)) {
            PageTable table = PageTables.withoutEmptyColumns(LatticeReader.read(lattice, glyphs));
            if (table.rows().stream().anyMatch(r -> !r.isBlank())) {
                blocks.add(new PageBlock.Table(table));
            }
        }
        List<TextLine> lines = TextLine.of(glyphs);
        blocks.addAll(StreamTables.find(page.number(), lines));
        blocks.sort(Comparator.comparingDouble(PageBlock::top));
        return blocks;
    }
}
