package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells where the paragraphs of a PDF's prose end, from how their lines are set rather than from the page as a whole:
 * a line goes on in the next one when both stand in one block of text (same type size, one line's leading apart), the
 * line runs to that block's right edge (near enough that the next line's first word would not have fitted after it)
 * without ending its sentence, and the next line is neither indented as a new paragraph (首行缩进) nor a heading nor a
 * table row. Over a page break the page's last line of text goes on in the next page's first, page headers, footers
 * and page numbers between them left aside.
 */
final class ParagraphLines {

    /** Lines whose baselines are at most this many type sizes apart are lines of one block. */
    private static final float LEADING = 2.5f;
    /** A line starting this many type sizes right of its block's left edge is indented: it starts a paragraph. */
    private static final float INDENT = 1f;
    /** The most a paragraph's first line is indented (two characters, 首行缩进, and some slack). */
    private static final float FIRST_LINE_INDENT = 3f;
    /**
     * The least width of a line of running text, in type sizes: narrower lines are headings, cover lines and titles set
     * one under the other, never wrapped prose (A4 holds 25 to 40 characters a line).
     */
    private static final float MEASURE = 15f;
    /** How short of the block's right edge a full line may end even when its next word is a single character. */
    private static final float RAGGED = 1.5f;
    /** A gap this wide (type sizes) inside a line parts a label from its value (保密审查情况：   已审查): a form, not prose. */
    private static final float FIELD_GAP = 2.5f;
    /** The numbering a heading starts with: 第一部分, 一、, （一）, 1., (1), ①. */
    private static final Pattern HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十百0-9]+(部分|章|节|条)|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}[、.．](?![0-9])|[①-⑳]).*");
    private static final Pattern LEADERS = Pattern.compile(".*(\\.{4,}|…{2,}|·{4,}|-{6,}).*");
    /** Ends a sentence: 。！？ and ；, also before a closing quote or bracket. */
    private static final String SENTENCE_END = "。；;！!？?";
    private static final String CLOSING = "”’」』）)】》";
    /** A colon ends a heading (一、主要职责：) but not a clause that goes on (…，其中：). */
    private static final Pattern COLON_HEADING = Pattern.compile("^[^，,。；;：:]{1,30}[:：]$");
    /** Lines of the top or bottom of a page repeated on this many pages are its header or footer. */
    private static final int REPEATED = 2;
    /** How many lines at each end of a page may be its header or footer. */
    private static final int MARGIN_LINES = 2;

    /** A run of lines set one under the other: where its text starts and ends, and how many lines it has. */
    private record Block(float left, float right, int lines) {
    }

    private final Map<TextLine, Block> blocks = new IdentityHashMap<>();
    private final Map<TextLine, Boolean> furniture = new IdentityHashMap<>();
    private final Map<Integer, TextLine> firstOfPage = new HashMap<>();
    private final Map<Integer, TextLine> lastOfPage = new HashMap<>();

    private ParagraphLines() {
    }

    static ParagraphLines of(List<List<PageBlock>> pages) {
        ParagraphLines paragraphs = new ParagraphLines();
        pages.forEach(paragraphs::findBlocks);
        paragraphs.findFurniture(pages);
        pages.forEach(paragraphs::findPageEnds);
        return paragraphs;
    }

    /** A page header, footer or page number: never part of a paragraph, and no paragraph ends at it. */
    boolean isFurniture(PageBlock.Line line) {
        return furniture.containsKey(line.line());
    }

    /**
     * Whether {@code next} goes on the paragraph whose last line so far is {@code end}.
     *
     * @param paragraph the paragraph's text so far
     */
    boolean continues(PageBlock.Line end, CharSequence paragraph, PageBlock.Line next) {
        TextLine last = end.line();
        TextLine line = next.line();
        boolean samePage = next.page() == end.page();
        boolean overPageBreak = next.page() == end.page() + 1 && lastOfPage.get(end.page()) == last && firstOfPage.get(next.page()) == line
                && (blocks.get(last).lines() >= 2 || blocks.get(line).lines() >= 2); // two lone lines show no measure
        if (isFurniture(end) || isFurniture(next) || !samePage && !overPageBreak || ended(paragraph) || isContentsLine(end.text())
                || isContentsLine(next.text()) || HEADING.matcher(next.text().strip()).matches() || StreamTables.isRow(line)
                || last.runs(FIELD_GAP).size() > 1 || line.runs(FIELD_GAP).size() > 1) {
            return false;
        }
        Block before = blocks.get(last);
        Block after = blocks.get(line);
        if (samePage && before != after || Math.abs(line.size() - last.size()) > 0.2f * last.size()) {
            return false;
        }
        float em = last.size();
        float left = overPageBreak && after.lines() < 2 ? before.left() : after.left();
        float right = overPageBreak ? Math.max(fullWidth(before, after), fullWidth(after, before)) : before.right();
        return last.right() - last.left() >= MEASURE * em && last.left() <= before.left() + FIRST_LINE_INDENT * em
                && line.left() <= left + INDENT * em
                && last.right() >= right - Math.max(RAGGED * em, firstWordWidth(line) + 0.5f * em);
    }

    /** What goes between a line and the next of its paragraph: nothing, except between two words a space apart. */
    static String separator(PageBlock.Line end, String next) {
        String text = end.text().strip();
        boolean latin = !text.isEmpty() && !next.isEmpty() && !Glyph.isWide(text.charAt(text.length() - 1)) && !Glyph.isWide(next.charAt(0));
        return latin && end.line().endsWithSpace() ? " " : "";
    }

    /** Read from its end, without copying: a paragraph may run to thousands of characters, asked once a line. */
    private static boolean ended(CharSequence paragraph) {
        int end = paragraph.length();
        while (end > 0 && (Character.isWhitespace(paragraph.charAt(end - 1)) || CLOSING.indexOf(paragraph.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end == 0 || SENTENCE_END.indexOf(paragraph.charAt(end - 1)) >= 0
                || paragraph.length() <= 40 && COLON_HEADING.matcher(paragraph.toString().strip()).matches();
    }

    private static boolean isContentsLine(String text) {
        return LEADERS.matcher(text).matches();
    }

    /** A block's right edge when it has lines enough to show it; else the other block's, both set in one measure. */
    private static float fullWidth(Block block, Block other) {
        return block.lines() >= 2 || other.lines() < 2 ? block.right() : other.right();
    }

    /**
     * How wide the line's first unbreakable run is: a figure or Latin word (wrapped whole), or a Chinese character
     * with the punctuation that may not start a line.
     */
    private static float firstWordWidth(TextLine line) {
        List<Glyph> glyphs = line.glyphs();
        Glyph first = glyphs.get(0);
        int end = 1;
        if (!first.isWide()) {
            while (end < glyphs.size() && !glyphs.get(end).isWide() && glyphs.get(end).x() - glyphs.get(end - 1).right() < 0.25f * first.size()) {
                end++;
            }
        }
        while (end < glyphs.size() && "，。、；：？！）”’》,.;:".contains(glyphs.get(end).text())) {
            end++;
        }
        return glyphs.get(end - 1).right() - first.x();
    }

    /** Lines one under the other at one type size, at most a few lines' leading apart, no table between them. */
    private void findBlocks(List<PageBlock> page) {
        List<TextLine> run = new ArrayList<>();
        for (PageBlock block : page) {
            if (block instanceof PageBlock.Table) {
                close(run);
                continue;
            }
            PageBlock.Line line = (PageBlock.Line) block;
            if (DocumentAssembler.isPageNumber(line.text())) {
                continue; // however close below the text it is set
            }
            TextLine text = line.line();
            if (!run.isEmpty()) {
                TextLine above = run.get(run.size() - 1);
                boolean apart = text.baseline() - above.baseline() > LEADING * Math.max(text.size(), above.size())
                        || Math.abs(text.size() - above.size()) > 0.2f * above.size();
                if (apart) {
                    close(run);
                }
            }
            run.add(text);
        }
        close(run);
    }

    private void close(List<TextLine> run) {
        if (run.isEmpty()) {
            return;
        }
        float left = Float.MAX_VALUE;
        float right = 0;
        for (TextLine line : run) {
            left = Math.min(left, line.left());
            right = Math.max(right, line.right());
        }
        Block block = new Block(left, right, run.size());
        run.forEach(line -> blocks.put(line, block));
        run.clear();
    }

    /** The page's first and last lines of text, when no table stands before or after them. */
    private void findPageEnds(List<PageBlock> page) {
        List<PageBlock> body = page.stream().filter(b -> !(b instanceof PageBlock.Line line && isFurniture(line))).toList();
        if (!body.isEmpty() && body.get(0) instanceof PageBlock.Line first) {
            firstOfPage.put(first.page(), first.line());
        }
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof PageBlock.Line last) {
            lastOfPage.put(last.page(), last.line());
        }
    }

    /**
     * The lines at a page's top or bottom, set apart from the text, that other pages repeat, their numbers aside: page
     * numbers (- 3 -, 2 3, 第3页), 部门名称 and year in the header, the document's name in the footer. A line of a block
     * of text is never one, even where a page prints the text of the page before again.
     */
    private void findFurniture(List<List<PageBlock>> pages) {
        Map<String, Integer> repeats = new HashMap<>();
        for (List<PageBlock> page : pages) {
            for (PageBlock.Line line : marginLines(page)) {
                repeats.merge(key(line), 1, Integer::sum);
            }
        }
        for (List<PageBlock> page : pages) {
            for (PageBlock.Line line : marginLines(page)) {
                if (repeats.get(key(line)) >= REPEATED || DocumentAssembler.isPageNumber(line.text())) {
                    furniture.put(line.line(), true);
                }
            }
        }
    }

    /** The lines standing alone among the first and the last few blocks of a page. */
    private List<PageBlock.Line> marginLines(List<PageBlock> page) {
        List<PageBlock.Line> lines = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if ((i < MARGIN_LINES || i >= page.size() - MARGIN_LINES) && page.get(i) instanceof PageBlock.Line line
                    && (!blocks.containsKey(line.line()) || blocks.get(line.line()).lines() == 1)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The line's words without its numbers and spaces (a header that prints the page number), and its type size. */
    private static String key(PageBlock.Line line) {
        return Math.round(line.line().size()) + ":" + line.text().replaceAll("[0-9\\s]", "");
    }
}
