package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table's header printed at the foot of one page and its body at the top of the next (a page break between a
 * header and its first row, as a browser or word processor breaks a table with no room left under its header). The
 * header lines end the page before, after the last table or text there; the body starts the page with a row of
 * figures and no header of its own. They are read as one table, the header's rows on the page they are printed on.
 */
final class CarriedHeader {

    /** A header has a few lines; more lines at a page's foot are something else. */
    static final int MOST_LINES = 8;
    /** A line of one run this short between header lines is the wrapped rest of a heading (称, 转结余). */
    private static final int SHORT_LINE = 10;

    private CarriedHeader() {
    }

    /**
     * The lines a page's blocks end with that may head a table: lines of text in columns without a figure, and short
     * lines among them, the first in columns (the title and the unit line above them stay the page's).
     */
    static List<TextLine> atFoot(List<PageBlock> page) {
        List<TextLine> header = new ArrayList<>();
        int i = page.size() - 1;
        while (i >= 0 && page.get(i) instanceof PageBlock.Line line && DocumentAssembler.isPageNumber(line.text())) {
            i--;
        }
        for (; i >= 0 && header.size() < MOST_LINES && page.get(i) instanceof PageBlock.Line line; i--) {
            if (StreamTables.isHeaderLine(line.line())) {
                header.add(line.line());
            } else if (isShortLine(line.line()) && !header.isEmpty()) {
                header.add(line.line());
            } else {
                break;
            }
        }
        Collections.reverse(header);
        while (!header.isEmpty() && !StreamTables.isHeaderLine(header.get(0))) {
            header.remove(0);
        }
        return header;
    }

    /**
     * The header lines moved to stand above {@code first}, this page's first line: two lines' height over a row of
     * figures (further than the lines of one cell, as a header stands over its first row), or a line's height over the
     * rest of the header's cells (a header row the page break divided).
     */
    static List<TextLine> above(List<TextLine> header, TextLine first) {
        TextLine last = header.get(header.size() - 1);
        float gap = StreamTables.hasFigureColumn(first) ? 2 * first.size() : linePitch(header, first.size());
        float shift = first.baseline() - gap - last.baseline();
        List<TextLine> moved = new ArrayList<>(header.size());
        for (TextLine line : header) {
            moved.add(new TextLine(line.printed().stream()
                    .map(g -> new Glyph(g.text(), g.x(), g.advance(), g.baseline() + shift, g.size())).toList()));
        }
        return moved;
    }

    /** A line of the header, or a short line among them. */
    static boolean mayBeHeader(TextLine line) {
        return StreamTables.isHeaderLine(line) || isShortLine(line);
    }

    /** Baseline to baseline of the lines of one cell in this header: the closest pair a line apart, else 1.2 type sizes. */
    private static float linePitch(List<TextLine> header, float size) {
        float pitch = Float.MAX_VALUE;
        for (int i = 1; i < header.size(); i++) {
            float distance = header.get(i).baseline() - header.get(i - 1).baseline();
            if (distance >= StreamHeader.INTERLEAVED * size) {
                pitch = Math.min(pitch, distance);
            }
        }
        return pitch == Float.MAX_VALUE ? 1.2f * size : pitch;
    }

    private static boolean isShortLine(TextLine line) {
        String text = line.text().strip();
        return text.length() <= SHORT_LINE && !text.endsWith("。") && !text.contains("表") && !text.contains("单位");
    }
}
