package org.budgetwatch.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;

/**
 * Typesets a disclosure's blocks (paragraphs and tab-separated tables) as a PDF with a text layer, the way budget
 * PDFs are laid out: A4 landscape, paragraphs wrapped at the margin, tables in ruled cells (a border round every
 * cell) with figures right-aligned where they fill most of their column and text, codes and other figures
 * left-aligned, long labels of the body wrapped in their cells (headings are not), each table's type size chosen so
 * that it fits the page width, and tables running on over page breaks. Needs a CJK font: WenQuanYi Zen Hei from
 * Debian's fonts-wqy-zenhei.
 */
public final class PdfTypesetter {

    public static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float BODY_SIZE = 10;
    private static final float GAP_IN_EMS = 3;
    private static final float LEADING = 1.6f;
    /** A label wider than this (points at the body size) wraps in its cell, as budget tables print long 科目 names. */
    private static final float WIDEST_CELL = 120;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    private PdfTypesetter(TrueTypeFont cjk) throws IOException {
        font = PDType0Font.load(document, cjk, true);
    }

    /** Whether the font is installed (tests that need it skip, saying why, where it is not). */
    public static boolean fontInstalled() {
        return Files.isRegularFile(CJK_FONT);
    }

    static byte[] typeset(List<List<String>> blocks) throws IOException {
        try (TrueTypeCollection collection = new TrueTypeCollection(CJK_FONT.toFile())) {
            PdfTypesetter typesetter = new PdfTypesetter(collection.getFontByName("WenQuanYiZenHei"));
            try (PDDocument document = typesetter.document) {
                for (List<String> block : blocks) {
                    if (block.get(0).contains("\t")) {
                        typesetter.table(block);
                    } else {
                        typesetter.paragraph(block.get(0));
                    }
                }
                typesetter.page.close();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        }
    }

    private void paragraph(String text) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String next = new String(Character.toChars(text.codePointAt(i)));
            if (width(line + next, BODY_SIZE) > TEXT_WIDTH) {
                show(line.toString(), MARGIN, BODY_SIZE);
                line.setLength(0);
            }
            line.append(next);
        }
        show(line.toString(), MARGIN, BODY_SIZE);
    }

    private void table(List<String> rows) throws IOException {
        List<String[]> cells = rows.stream().map(r -> r.split("\t", -1)).toList();
        int columns = cells.stream().mapToInt(r -> r.length).max().orElse(1);
        int body = 0; // the first row with a figure or code: above it the heading, which is never wrapped
        while (body < cells.size() && Arrays.stream(cells.get(body)).noneMatch(c -> AmountParser.parseCell(c, AmountUnit.UNKNOWN).isPresent())) {
            body++;
        }
        float[] widths = new float[columns];
        float[] widestFigure = new float[columns];
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            for (int c = 0; c < row.length; c++) {
                float width = width(row[c], BODY_SIZE);
                widths[c] = Math.max(widths[c], r < body || isFigure(row[c].strip()) ? width : Math.min(width, WIDEST_CELL));
                if (isFigure(row[c].strip())) {
                    widestFigure[c] = Math.max(widestFigure[c], width);
                }
            }
        }
        float natural = 0;
        for (float w : widths) {
            natural += w;
        }
        natural += (columns - 1) * GAP_IN_EMS * BODY_SIZE;
        float size = Math.min(BODY_SIZE, BODY_SIZE * TEXT_WIDTH / natural);
        float[] left = new float[columns + 1];
        float x = MARGIN;
        for (int c = 0; c <= columns; c++) {
            left[c] = x;
            x += c < columns ? widths[c] * size / BODY_SIZE + GAP_IN_EMS * size : 0;
        }
        float gap = GAP_IN_EMS * size;
        for (String[] row : cells) {
            List<List<String>> parts = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < row.length; c++) {
                parts.add(wrap(row[c].strip(), widths[c] * size / BODY_SIZE, size));
                height = Math.max(height, parts.get(c).size());
            }
            float rowTop = newLines(height, size);
            float baseline = y;
            y -= (height - 1) * size * LEADING;
            page.setLineWidth(0.5f);
            for (int c = 0; c <= columns; c++) {
                page.moveTo(left[c] - gap / 2, rowTop);
                page.lineTo(left[c] - gap / 2, y - size * 0.6f);
            }
            page.moveTo(left[0] - gap / 2, y - size * 0.6f);
            page.lineTo(left[columns] - gap / 2, y - size * 0.6f);
            page.stroke();
            for (int c = 0; c < row.length; c++) {
                for (int line = 0; line < parts.get(c).size(); line++) {
                    String part = parts.get(c).get(line);
                    float at = widestFigure[c] >= widths[c] / 2 && isFigure(part) ? left[c] + widths[c] * size / BODY_SIZE - width(part, size) : left[c];
                    text(part, at, baseline - line * size * LEADING, size);
                }
            }
        }
    }

    /** The cell's text in lines no wider than the column (a figure never breaks); none for an empty cell. */
    private List<String> wrap(String cell, float columnWidth, float size) throws IOException {
        if (cell.isEmpty()) {
            return List.of();
        }
        if (isFigure(cell) || width(cell, size) <= columnWidth + 0.01f) {
            return List.of(cell);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cell.length(); i = cell.offsetByCodePoints(i, 1)) {
            String next = new String(Character.toChars(cell.codePointAt(i)));
            if (line.length() > 0 && width(line + next, size) > columnWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(next);
        }
        lines.add(line.toString());
        return lines;
    }

    /** An amount (codes are printed left-aligned like text). */
    private static boolean isFigure(String cell) {
        return !cell.chars().allMatch(Character::isDigit) && AmountParser.parseCell(cell, AmountUnit.UNKNOWN).isPresent();
    }

    private void show(String text, float x, float size) throws IOException {
        newLine(size);
        text(text, x, size);
    }

    /** Moves to the next line's baseline, on a new page where this one is full; returns where the line starts. */
    private float newLine(float size) throws IOException {
        return newLines(1, size);
    }

    /**
     * Moves to the baseline of the first of {@code count} lines that stay together, on a new page where they do not
     * fit on this one; returns where the first line starts.
     */
    private float newLines(int count, float size) throws IOException {
        float leading = size * LEADING;
        if (page == null || y - count * leading < MARGIN) {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PAGE);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PAGE.getHeight() - MARGIN;
        }
        float top = y - size * 0.6f;
        y -= leading;
        return top;
    }

    private void text(String text, float x, float size) throws IOException {
        text(text, x, y, size);
    }

    private void text(String text, float x, float baseline, float size) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(text);
        page.endText();
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
