package org.budgetwatch.extraction.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.budgetwatch.extraction.PdfTypesetter;

/**
 * Typesets pages the way budget PDFs print their tables, every glyph and border placed by coordinates: titles and
 * caption lines, and tables as grids of cells, ruled (a border round every cell, drawn cell by cell as word
 * processors do) or not, with cells merged over columns ("<") and rows ("^"), text wrapped in its cell, figures right-aligned,
 * headings centred, and a table run on over page breaks with its header repeated; and the narrative's paragraphs,
 * wrapped, indented and justified as word processors set them, with a header and page number on every page. A page
 * may be turned (/Rotate) with its content drawn upright, as a landscape table printed on a portrait page. Needs a CJK
 * font: WenQuanYi Zen Hei from Debian's fonts-wqy-zenhei.
 */
final class LayoutPdf {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    /** A cell covered by the cell on its left: merged over this column. */
    private static final String LEFT = "<";
    /** A cell covered by the cell above: merged over this row. */
    private static final String ABOVE = "^";

    private static final float MARGIN = 50;
    private static final float PADDING = 3;
    /** What a justified line spreads apart: a character, or a figure or Latin word whole with the space after it. */
    private static final Pattern UNIT = Pattern.compile("[0-9A-Za-z.,%]+ ?|.");
    private static final Pattern FIGURE = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?|-?[0-9]+\\.[0-9]+");
    private static TrueTypeFont cjk;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final PDRectangle size;
    private final int rotation;
    private PDPageContentStream content;
    private int pages;
    private float y;
    private boolean pageNumbers;
    private String pageHeader;

    private LayoutPdf(PDRectangle size, int rotation) {
        this.size = size;
        this.rotation = rotation;
        try {
            font = PDType0Font.load(document, cjkFont(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages of A4 landscape, as budget tables are printed. */
    static LayoutPdf landscape() {
        return new LayoutPdf(A4_LANDSCAPE, 0);
    }

    /** Pages of A4 portrait. */
    static LayoutPdf portrait() {
        return new LayoutPdf(PDRectangle.A4, 0);
    }

    /**
     * Landscape pages stored as portrait pages with /Rotate {@code rotation}, their content drawn turned so that
     * they display upright: what print drivers make of a landscape sheet.
     */
    static LayoutPdf turnedLandscape(int rotation) {
        return new LayoutPdf(A4_LANDSCAPE, rotation);
    }

    /** A page number printed at the foot of every page ("- 3 -"). */
    LayoutPdf withPageNumbers() {
        pageNumbers = true;
        return this;
    }

    /** A line printed at the head of every page (the document's name), small, centred. */
    LayoutPdf withPageHeader(String text) {
        pageHeader = text;
        return this;
    }

    /**
     * A paragraph of running text as word processors set Chinese prose: its first line indented two characters, lines
     * broken where the next word (a character, or a figure or Latin word whole) no longer fits, punctuation kept off a
     * line's start, every line but the last justified to both margins; a new page where the page is full.
     */
    LayoutPdf paragraph(String text, float fontSize) {
        return prose(new ProseSetter(fontSize).wrap(text), fontSize, true, true, false);
    }

    /** A paragraph set flush left and ragged right (not justified): lines end short where a long figure did not fit. */
    LayoutPdf raggedParagraph(String text, float fontSize) {
        return prose(new ProseSetter(fontSize).wrap(text), fontSize, true, false, false);
    }

    /**
     * A paragraph printed in exactly these lines, justified over the whole measure but for its last line, unless that
     * one happens to be full too; its first line indented two characters or not. A line may end with a space.
     */
    LayoutPdf lines(float fontSize, boolean indented, boolean lastLineFull, String... lines) {
        return prose(List.of(lines), fontSize, indented, true, lastLineFull);
    }

    /** A heading on a line of its own, indented two characters like the paragraphs under it. */
    LayoutPdf heading(String text, float fontSize) {
        return prose(List.of(text), fontSize, true, false, false);
    }

    /** White space down the page, in points (to place what follows near the page's foot). */
    LayoutPdf space(float points) {
        ensurePage();
        y += points;
        return this;
    }

    /** A line of text centred across the page (a title). */
    LayoutPdf centred(String text, float fontSize) {
        ensurePage();
        y += fontSize * 1.8f;
        text(text, (size.getWidth() - width(text, fontSize)) / 2, y, fontSize);
        y += fontSize * 0.8f;
        return this;
    }

    /** A line with text at the left margin and, when given, more at the right margin (编制部门：… 单位：万元). */
    LayoutPdf caption(String left, String right, float fontSize) {
        ensurePage();
        y += fontSize * 1.6f;
        if (!left.isEmpty()) {
            text(left, MARGIN, y, fontSize);
        }
        if (right != null) {
            text(right, size.getWidth() - MARGIN - width(right, fontSize), y, fontSize);
        }
        y += fontSize * 0.6f;
        return this;
    }

    /** The table, from the current line down, going on over page breaks where its rows ask for one. */
    LayoutPdf table(Grid grid) {
        ensurePage();
        new GridPainter(grid).paint();
        return this;
    }

    byte[] bytes() {
        try (document) {
            endPage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensurePage() {
        if (content == null) {
            startPage();
        }
    }

    private void startPage() {
        try {
            endPage();
            boolean turned = rotation == 90 || rotation == 270;
            PDPage page = new PDPage(turned ? new PDRectangle(size.getHeight(), size.getWidth()) : size);
            page.setRotation(rotation);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            float mediaWidth = page.getMediaBox().getWidth();
            float mediaHeight = page.getMediaBox().getHeight();
            // drawn in the upright page's space (x right, y up), turned into the stored page's space
            switch (rotation) {
                case 90 -> content.transform(new Matrix(0, 1, -1, 0, mediaWidth, 0));
                case 180 -> content.transform(new Matrix(-1, 0, 0, -1, mediaWidth, mediaHeight));
                case 270 -> content.transform(new Matrix(0, -1, 1, 0, 0, mediaHeight));
                default -> {
                }
            }
            pages++;
            y = MARGIN;
            if (pageHeader != null) {
                text(pageHeader, (size.getWidth() - width(pageHeader, 9)) / 2, MARGIN * 0.6f, 9);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endPage() throws IOException {
        if (content != null) {
            if (pageNumbers) {
                String number = "- " + pages + " -";
                text(number, (size.getWidth() - width(number, 9)) / 2, size.getHeight() - MARGIN / 2, 9);
            }
            content.close();
            content = null;
        }
    }

    /** Lines of a paragraph, one under the other at one and three quarter lines' leading, a new page where one is full. */
    private LayoutPdf prose(List<String> lines, float fontSize, boolean indented, boolean justified, boolean lastJustified) {
        ensurePage();
        float measure = size.getWidth() - 2 * MARGIN;
        for (int i = 0; i < lines.size(); i++) {
            float leading = fontSize * 1.75f;
            if (y + leading > size.getHeight() - MARGIN) {
                startPage();
            }
            y += leading;
            String line = lines.get(i);
            float indent = indented && i == 0 ? 2 * fontSize : 0;
            // justified as word processors justify Chinese: the space shared between characters, a figure or Latin
            // word kept whole
            List<String> units = new ArrayList<>();
            java.util.regex.Matcher unit = UNIT.matcher(line);
            while (unit.find()) {
                units.add(unit.group());
            }
            boolean spread = justified && (i < lines.size() - 1 || lastJustified) && units.size() > 1;
            float gap = spread ? (measure - indent - width(line, fontSize)) / (units.size() - 1) : 0;
            float x = MARGIN + indent;
            for (String part : units) {
                text(part, x, y, fontSize);
                x += width(part, fontSize) + gap;
            }
        }
        return this;
    }

    /** Text with its baseline {@code top} points below the top of the upright page. */
    private void text(String text, float x, float top, float fontSize) {
        try {
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, size.getHeight() - top);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A border from (x0, top0) to (x1, top1), in points from the upright page's top-left corner: a stroked line, or a
     * filled rectangle half a point thick.
     */
    private void border(float x0, float top0, float x1, float top1, boolean filled) {
        try {
            if (filled) {
                content.addRect(x0 - 0.25f, size.getHeight() - top1 - 0.25f, x1 - x0 + 0.5f, top1 - top0 + 0.5f);
                content.fill();
                return;
            }
            content.setLineWidth(0.5f);
            content.moveTo(x0, size.getHeight() - top0);
            content.lineTo(x1, size.getHeight() - top1);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width(String text, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized TrueTypeFont cjkFont() throws IOException {
        if (cjk == null) {
            // kept open for the test run: fonts are read lazily, glyph by glyph
            @SuppressWarnings("resource")
            TrueTypeCollection collection = new TrueTypeCollection(PdfTypesetter.CJK_FONT.toFile());
            cjk = collection.getFontByName("WenQuanYiZenHei");
        }
        return cjk;
    }

    /** Breaks running text into lines of the page's measure, as a word processor does. */
    private final class ProseSetter {

        /** A figure or Latin word with the space after it, or one character; closing punctuation stays with what it closes. */
        private static final Pattern WORD = Pattern.compile("[0-9A-Za-z.,%]+ ?[，。、；：）”%]*|.[，。、；：）”%]*");
        private final float fontSize;

        ProseSetter(float fontSize) {
            this.fontSize = fontSize;
        }

        List<String> wrap(String text) {
            float measure = size.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            java.util.regex.Matcher word = WORD.matcher(text);
            while (word.find()) {
                float room = measure - (lines.isEmpty() ? 2 * fontSize : 0);
                if (line.length() > 0 && width(line + word.group().stripTrailing(), fontSize) > room) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(word.group());
            }
            lines.add(line.toString());
            return lines;
        }
    }

    /** How a cell's lines sit in a cell taller than they are. */
    enum Vertical { TOP, MIDDLE }

    /**
     * A table as printed: column widths, rows of cells ("<" marks a cell covered by the one on its left, "^" one
     * covered by the one above, a line break in a cell's text wraps it), which rows are its header, and where a page
     * break falls.
     */
    static final class Grid {

        private final boolean ruled;
        private boolean bodyRowBorders = true;
        private boolean filledBorders;
        private final float[] widths;
        private final List<String[]> rows = new ArrayList<>();
        private final List<Integer> breaks = new ArrayList<>();
        private int headerRows;
        private boolean headerRepeated = true;
        private float fontSize = 9;
        private float leading = 1.3f;
        private float rowGap = 0.9f;
        private Vertical figures = Vertical.MIDDLE;
        private Vertical labels = Vertical.MIDDLE;

        private Grid(boolean ruled, float[] widths) {
            this.ruled = ruled;
            this.widths = widths;
        }

        /** A table with a border round every cell, columns this wide (points). */
        static Grid ruled(float... widths) {
            return new Grid(true, widths);
        }

        /** A table printed without borders, its columns this wide (points). */
        static Grid unruled(float... widths) {
            return new Grid(false, widths);
        }

        /**
         * No borders between the body's rows, only between its columns (the header ruled, the table framed): rows are
         * then told apart by their lines alone, as in many Word and spreadsheet printouts.
         */
        Grid withoutRowBorders() {
            bodyRowBorders = false;
            return this;
        }

        /** Borders printed as thin filled rectangles, as Word and WPS print them, instead of stroked lines. */
        Grid filledBorders() {
            filledBorders = true;
            return this;
        }

        /** A header row: its headings are centred in their cells, and it is printed again on each new page. */
        Grid header(String... cells) {
            if (rows.size() != headerRows) {
                throw new IllegalStateException("header rows come first");
            }
            rows.add(cells(cells));
            headerRows++;
            return this;
        }

        Grid row(String... cells) {
            rows.add(cells(cells));
            return this;
        }

        /** The header printed on the table's first page only (Word's default: no repeated heading rows). */
        Grid headerOnFirstPageOnly() {
            headerRepeated = false;
            return this;
        }

        /** The next row starts a new page (the header printed again above it, unless on the first page only). */
        Grid pageBreak() {
            breaks.add(rows.size());
            return this;
        }

        Grid fontSize(float points) {
            fontSize = points;
            return this;
        }

        /** Where figures and labels sit in a row taller than they are (wrapped names): top or middle. */
        Grid align(Vertical figures, Vertical labels) {
            this.figures = figures;
            this.labels = labels;
            return this;
        }

        /** Baseline to baseline of a cell's lines, and the space above and below a row's text, in type sizes. */
        Grid spacing(float leading, float rowGap) {
            this.leading = leading;
            this.rowGap = rowGap;
            return this;
        }

        private String[] cells(String[] cells) {
            if (cells.length != widths.length) {
                throw new IllegalArgumentException(cells.length + " cells for " + widths.length + " columns: " + String.join("|", cells));
            }
            return cells.clone();
        }
    }

    /** Lays a grid out on the pages: row heights from the lines its cells hold, cells merged where marked. */
    private final class GridPainter {

        private final Grid grid;
        private final float[] lefts;

        GridPainter(Grid grid) {
            this.grid = grid;
            float tableWidth = 0;
            for (float w : grid.widths) {
                tableWidth += w;
            }
            lefts = new float[grid.widths.length + 1];
            lefts[0] = (size.getWidth() - tableWidth) / 2;
            for (int c = 0; c < grid.widths.length; c++) {
                lefts[c + 1] = lefts[c] + grid.widths[c];
            }
        }

        void paint() {
            List<Integer> header = new ArrayList<>();
            for (int r = 0; r < grid.headerRows; r++) {
                header.add(r);
            }
            List<Integer> band = new ArrayList<>(header);
            for (int r = grid.headerRows; r < grid.rows.size(); r++) {
                band.add(r);
                boolean full = y + 4 + height(band) > size.getHeight() - MARGIN;
                if (grid.breaks.contains(r) || full && band.size() > header.size() + 1) {
                    band.remove(band.size() - 1);
                    paintBand(band);
                    startPage();
                    band = grid.headerRepeated ? new ArrayList<>(header) : new ArrayList<>();
                    band.add(r);
                }
            }
            paintBand(band);
        }

        private float height(List<Integer> band) {
            float total = 0;
            for (float h : heights(band)) {
                total += h;
            }
            return total;
        }

        /** The rows, one under the other, from the current line: each merged cell drawn once, over its span. */
        private void paintBand(List<Integer> band) {
            float[] heights = heights(band);
            float[] tops = new float[band.size() + 1];
            tops[0] = y + 4;
            for (int i = 0; i < band.size(); i++) {
                tops[i + 1] = tops[i] + heights[i];
            }
            for (int i = 0; i < band.size(); i++) {
                int r = band.get(i);
                String[] cells = grid.rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (!isOrigin(cells[c])) {
                        continue;
                    }
                    int across = columnsAcross(cells, c);
                    int down = rowsDown(band, i, c);
                    float x0 = lefts[c];
                    float x1 = lefts[c + across];
                    float top = tops[i];
                    float bottom = tops[i + down];
                    if (grid.ruled) { // each cell its own four sides, shared sides drawn twice, as Word and WPS do
                        boolean body = r >= grid.headerRows;
                        if (!body || grid.bodyRowBorders || i == 0 || band.get(i - 1) < grid.headerRows) {
                            border(x0, top, x1, top, grid.filledBorders);
                        }
                        if (!body || grid.bodyRowBorders || i + down == band.size()) {
                            border(x0, bottom, x1, bottom, grid.filledBorders);
                        }
                        border(x0, top, x0, bottom, grid.filledBorders);
                        border(x1, top, x1, bottom, grid.filledBorders);
                    }
                    paintText(wrapped(cells, c), r < grid.headerRows, x0, x1, top, bottom);
                }
            }
            y = tops[band.size()] + 4;
        }

        /** Each row's height: its cells' lines, a cell merged down over rows taking their heights together. */
        private float[] heights(List<Integer> band) {
            float[] heights = new float[band.size()];
            for (int i = 0; i < band.size(); i++) {
                heights[i] = lineCount(band.get(i)) * grid.leading * grid.fontSize + 2 * grid.rowGap * grid.fontSize;
            }
            for (int i = 0; i < band.size(); i++) { // a cell merged down over rows needs their heights together
                String[] cells = grid.rows.get(band.get(i));
                for (int c = 0; c < cells.length; c++) {
                    if (isOrigin(cells[c])) {
                        int down = rowsDown(band, i, c);
                        float need = wrapped(cells, c).size() * grid.leading * grid.fontSize + 2 * grid.rowGap * grid.fontSize;
                        float have = 0;
                        for (int k = i; k < i + down; k++) {
                            have += heights[k];
                        }
                        heights[i + down - 1] += Math.max(0, need - have);
                    }
                }
            }
            return heights;
        }

        private void paintText(List<String> lines, boolean heading, float x0, float x1, float top, float bottom) {
            if (lines.isEmpty()) {
                return;
            }
            float fontSize = grid.fontSize;
            boolean figure = lines.size() == 1 && FIGURE.matcher(lines.get(0)).matches() && !heading;
            Vertical vertical = figure ? grid.figures : grid.labels;
            float textHeight = lines.size() * grid.leading * fontSize;
            float first = vertical == Vertical.TOP ? top + grid.rowGap * fontSize : top + (bottom - top - textHeight) / 2;
            for (int l = 0; l < lines.size(); l++) {
                float baseline = first + l * grid.leading * fontSize + (grid.leading * fontSize + 0.7f * fontSize) / 2;
                float w = width(lines.get(l), fontSize);
                float x = heading ? (x0 + x1 - w) / 2 : figure ? x1 - PADDING - w : x0 + PADDING;
                text(lines.get(l), x, baseline, fontSize);
            }
        }

        /**
         * The lines of the cell starting in column {@code c}: its own line breaks, and a line wider than the cell
         * (over its span) broken where it reaches the border; none for an empty cell. A figure never breaks.
         */
        private List<String> wrapped(String[] cells, int c) {
            String text = cells[c];
            List<String> lines = new ArrayList<>();
            if (text.isEmpty()) {
                return lines;
            }
            float room = lefts[c + columnsAcross(cells, c)] - lefts[c] - 2 * PADDING;
            for (String printed : text.split("\n")) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < printed.length(); i = printed.offsetByCodePoints(i, 1)) {
                    String next = new String(Character.toChars(printed.codePointAt(i)));
                    if (line.length() > 0 && width(line + next, grid.fontSize) > room && !FIGURE.matcher(printed).matches()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(next);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** The most lines a cell of the row holds that is not merged down over the rows below. */
        private int lineCount(int row) {
            String[] cells = grid.rows.get(row);
            int most = 1;
            for (int c = 0; c < cells.length; c++) {
                boolean mergedDown = row + 1 < grid.rows.size() && grid.rows.get(row + 1)[c].equals(ABOVE);
                if (isOrigin(cells[c]) && !mergedDown) {
                    most = Math.max(most, wrapped(cells, c).size());
                }
            }
            return most;
        }

        private int columnsAcross(String[] cells, int c) {
            int across = 1;
            while (c + across < cells.length && cells[c + across].equals(LEFT)) {
                across++;
            }
            return across;
        }

        private int rowsDown(List<Integer> band, int i, int c) {
            int down = 1;
            while (i + down < band.size() && band.get(i + down) == band.get(i) + down && grid.rows.get(band.get(i + down))[c].equals(ABOVE)) {
                down++;
            }
            return down;
        }

        private boolean isOrigin(String cell) {
            return !cell.equals(LEFT) && !cell.equals(ABOVE);
        }
    }
}
