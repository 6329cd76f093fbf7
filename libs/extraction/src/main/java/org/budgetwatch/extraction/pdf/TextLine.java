package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs that share a baseline, left to right. Printed spaces are kept apart from the inked glyphs: they separate
 * words in the line's text, but a run of them is only white space between cells.
 */
final class TextLine {

    /** Glyphs whose baselines differ by less than this share of the type size sit on one line. */
    private static final float SAME_BASELINE = 0.35f;
    /** Between two glyphs, one of them narrow (a digit, a letter), a gap of this share of the type size is a space. */
    private static final float WORD_SPACE = 0.25f;
    /** Two Chinese characters this far apart (in type sizes) are separate words, not one letter-spaced word. */
    private static final float WIDE_GAP = 2f;

    private final List<Glyph> glyphs;
    private final List<Glyph> ink;

    TextLine(List<Glyph> glyphs) {
        this.glyphs = List.copyOf(glyphs);
        this.ink = this.glyphs.stream().filter(g -> !g.isSpace()).toList();
    }

    /** The inked glyphs, left to right (never empty for a line built by {@link #of}). */
    List<Glyph> glyphs() {
        return ink;
    }

    boolean isBlank() {
        return ink.isEmpty();
    }

    float baseline() {
        return ink.get(0).baseline();
    }

    float left() {
        return ink.get(0).x();
    }

    float right() {
        return ink.get(ink.size() - 1).right();
    }

    /** A space printed after the last inked glyph: at a line break, the gap between two words. */
    boolean endsWithSpace() {
        return glyphs.get(glyphs.size() - 1).isSpace();
    }

    float top() {
        return (float) ink.stream().mapToDouble(Glyph::top).min().orElse(baseline());
    }

    float size() {
        return (float) ink.stream().mapToDouble(Glyph::size).max().orElse(10);
    }

    /**
     * The printed text: a printed space is a space, and so is a gap a space wide between a figure or word and what
     * follows; Chinese runs on without spaces, letter-spaced or not, unless set two type sizes apart (部门：… 单位：万元).
     */
    String text() {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        boolean spaced = false;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                spaced = previous != null;
                continue;
            }
            if (previous != null) {
                float gap = glyph.x() - previous.right();
                float size = Math.min(previous.size(), glyph.size());
                boolean chinese = previous.isWide() && glyph.isWide();
                if (spaced || gap >= (chinese ? WIDE_GAP : WORD_SPACE) * size) {
                    text.append(' ');
                }
            }
            text.append(glyph.text());
            previous = glyph;
            spaced = false;
        }
        return text.toString();
    }

    /** The glyphs as printed, spaces too. */
    List<Glyph> printed() {
        return glyphs;
    }

    /**
     * The line's runs of text, split where the gap between two inked glyphs is at least {@code gap} times the type
     * size: the cells of a row printed without borders. A run keeps the spaces printed inside it (合 计).
     */
    List<TextLine> runs(float gap) {
        List<TextLine> runs = new ArrayList<>();
        int from = 0;
        Glyph previous = null;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph glyph = glyphs.get(i);
            if (glyph.isSpace()) {
                continue;
            }
            if (previous != null && glyph.x() - previous.right() >= gap * Math.min(previous.size(), glyph.size())) {
                runs.add(new TextLine(glyphs.subList(from, i)));
                from = i;
            }
            previous = glyph;
        }
        runs.add(new TextLine(glyphs.subList(from, glyphs.size())));
        return runs;
    }

    /** Glyphs grouped into lines, top to bottom, each left to right; lines of spaces only are none. */
    static List<TextLine> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float baseline = 0;
        for (Glyph glyph : sorted) {
            if (!current.isEmpty() && glyph.baseline() - baseline > SAME_BASELINE * glyph.size()) {
                add(lines, current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = glyph.baseline();
            }
            current.add(glyph);
        }
        add(lines, current);
        return lines;
    }

    private static void add(List<TextLine> lines, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        TextLine line = new TextLine(dropOverprints(sorted));
        if (!line.isBlank()) {
            lines.add(line);
        }
    }

    /** A glyph printed twice at the same place (fake bold that PDFBox did not catch) is read once. */
    private static List<Glyph> dropOverprints(List<Glyph> sorted) {
        List<Glyph> out = new ArrayList<>(sorted.size());
        for (Glyph glyph : sorted) {
            Glyph last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.text().equals(glyph.text()) && Math.abs(last.x() - glyph.x()) < 0.25f * glyph.advance()) {
                continue;
            }
            out.add(glyph);
        }
        return out;
    }
}
