package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A page read as blocks, top to bottom: its ruled tables, its tables printed without rulings, and its lines. */
final class PageLayout {

    private PageLayout() {
    }

    static List<PageBlock> of(PdfPage page) {
        return of(page, List.of());
    }

    /**
     * @param footOfPageBefore the lines the page before ends with that may be the header of a table whose body starts
     *     this page ({@link CarriedHeader#atFoot}): read with that body when this page starts with a row of figures
     *     printed without rulings; the header's rows then name the page before
     */
    static List<PageBlock> of(PdfPage page, List<TextLine> footOfPageBefore) {
        List<Glyph> glyphs = new ArrayList<>(page.glyphs());
        List<PageBlock> blocks = new ArrayList<>();
        for (Lattice lattice : LatticeFinder.find(page)) {
            PageTable table = PageTables.withoutEmptyColumns(LatticeReader.read(lattice, glyphs));
            if (table.rows().stream().anyMatch(r -> !r.isBlank())) {
                blocks.add(new PageBlock.Table(table));
            }
        }
        List<TextLine> lines = TextLine.of(glyphs);
        List<PageBlock> stream = StreamTables.find(page.number(), lines);
        if (!footOfPageBefore.isEmpty() && startsWithABody(lines, blocks)) {
            List<TextLine> header = CarriedHeader.above(footOfPageBefore, lines.get(0));
            List<TextLine> joined = new ArrayList<>(header);
            joined.addAll(lines);
            List<PageBlock> withHeader = StreamTables.find(page.number(), joined, Set.copyOf(header));
            if (withHeader.get(0) instanceof PageBlock.Table table && table.table().rows().get(0).page() == page.number() - 1) {
                stream = withHeader;
            }
        }
        blocks.addAll(stream);
        blocks.sort(Comparator.comparingDouble(PageBlock::top));
        return blocks;
    }

    /** Whether the page read with the header at the foot of the page before took it as its first table's. */
    static boolean tookHeaderFromPageBefore(List<PageBlock> blocks, int page) {
        return !blocks.isEmpty() && blocks.get(0) instanceof PageBlock.Table table && !table.table().ruled()
                && table.table().rows().get(0).page() == page - 1;
    }

    /**
     * The page starts with a row of figures, above any ruled table: a body without its header, or with the last lines
     * of its header only (a header row broken by the page break).
     */
    private static boolean startsWithABody(List<TextLine> lines, List<PageBlock> ruled) {
        int first = 0;
        while (first < lines.size() && first < CarriedHeader.MOST_LINES && !StreamTables.hasFigureColumn(lines.get(first))
                && CarriedHeader.mayBeHeader(lines.get(first))) {
            first++;
        }
        return first < lines.size() && StreamTables.hasFigureColumn(lines.get(first)) && ruled.stream().allMatch(t -> t.top() > lines.get(0).top());
    }
}
