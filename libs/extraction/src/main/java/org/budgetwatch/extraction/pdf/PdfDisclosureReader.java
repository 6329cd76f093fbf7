package org.budgetwatch.extraction.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.budgetwatch.extraction.text.LayoutReader;
import org.budgetwatch.extraction.text.PagedLine;

/**
 * Reads a PDF with a text layer: PDFBox gives positioned text and cell borders, table rows get their columns back
 * from the borders or, in tables printed without them, from positions
 * (a table running on over a page break stays one block), and prose lines wrapped by the page are joined into
 * paragraphs. A PDF without text (a scan) or one that needs a password is rejected with that reason.
 */
public final class PdfDisclosureReader {

    private PdfDisclosureReader() {
    }

    public static ExtractionResult read(byte[] content, ExtractionLimits limits) {
        List<PdfLine> lines;
        Map<Integer, PageRules> rules;
        // decoded streams beyond 64 MB spill to temporary files, and no PDF may use more than 512 MB of them
        try (PDDocument document = Loader.loadPDF(content, "", null, null, MemoryUsageSetting.setupMixed(64L << 20, 512L << 20).streamCache)) {
            if (document.getNumberOfPages() > limits.maxPages()) {
                return new ExtractionResult.Rejected(RejectionReason.TOO_LARGE,
                        "The PDF has " + document.getNumberOfPages() + " pages, more than the limit of " + limits.maxPages());
            }
            PositionedTextStripper stripper = new PositionedTextStripper();
            stripper.getText(document);
            lines = stripper.lines();
            rules = stripper.rules();
        } catch (InvalidPasswordException e) {
            return new ExtractionResult.Rejected(RejectionReason.ENCRYPTED, "The PDF is encrypted and needs a password to open");
        } catch (IOException e) {
            return new ExtractionResult.Rejected(RejectionReason.UNREADABLE, "The PDF cannot be read: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            return new ExtractionResult.Rejected(RejectionReason.NO_TEXT_LAYER,
                    "The PDF has no text layer (a scanned document?); OCR it before submitting");
        }
        return new ExtractionResult.Extracted(LayoutReader.read(MediaTypes.PDF, layOut(lines, rules)));
    }

    /**
     * Rows of consecutive table lines become tab rows over shared columns (from the printed cell borders where the
     * table has them, else from positions); prose is joined into paragraphs.
     */
    static List<PagedLine> layOut(List<PdfLine> lines, Map<Integer, PageRules> rules) {
        List<PagedLine> out = new ArrayList<>();
        float rightEdge = (float) lines.stream().mapToDouble(PdfLine::xEnd).max().orElse(0);
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isRow() || i + 1 < lines.size() && inSameRuledTable(lines, i + 1, rules)) {
                int end = i + 1;
                float left = lines.get(i).xStart();
                float right = lines.get(i).xEnd();
                while (end < lines.size() && (lines.get(end).isRow() || isLoneCell(lines, end, left, right) || inSameRuledTable(lines, end, rules))) {
                    left = Math.min(left, lines.get(end).xStart());
                    right = Math.max(right, lines.get(end).xEnd());
                    end++;
                }
                List<PdfLine> block = lines.subList(i, end);
                TableColumns columns = RuledColumns.of(block, rules).orElseGet(() -> ColumnLayout.of(block));
                out.addAll(columns.toRows(block));
                i = end;
            } else {
                StringBuilder paragraph = new StringBuilder(lines.get(i).plainText());
                int page = lines.get(i).page();
                while (i + 1 < lines.size() && !lines.get(i + 1).isRow() && continuesParagraph(lines.get(i), lines.get(i + 1), rightEdge)) {
                    i++;
                    paragraph.append(lines.get(i).plainText().strip());
                }
                out.add(new PagedLine(page, paragraph.toString()));
                i++;
            }
        }
        return out;
    }

    /**
     * A short line among table rows: a row whose other cells are empty, or a heading cell on a line of its own.
     * It either starts inside the block, right of its first column (a cell of an inner column), or is followed
     * closely by another row on the same page.
     */
    private static boolean isLoneCell(List<PdfLine> lines, int index, float blockLeft, float blockRight) {
        PdfLine line = lines.get(index);
        String text = line.plainText().strip();
        if (text.length() > 30 || text.endsWith("。") || text.endsWith("表") || text.matches(".*表[（(].*")) {
            return false; // prose, or the title of the next table
        }
        float em = Math.max(line.chunks().get(0).charWidth(), 1f);
        if (line.page() == lines.get(index - 1).page() && line.xStart() > blockLeft + 2 * em && line.xEnd() <= blockRight + em) {
            return true;
        }
        for (int next = index + 1; next < Math.min(lines.size(), index + 4); next++) {
            if (lines.get(next).isRow()) {
                return lines.get(next).page() == line.page();
            }
        }
        return false;
    }

    /**
     * A line inside the same printed table frame as the line before it (its outer borders, with at least one
     * border between), on the same page or at the top of the next: a row whose other cells are empty, a heading row
     * with merged cells, or the table going on over a page break (a new table's title would come first).
     */
    private static boolean inSameRuledTable(List<PdfLine> lines, int index, Map<Integer, PageRules> rules) {
        PdfLine line = lines.get(index);
        PdfLine previous = lines.get(index - 1);
        if (line.page() != previous.page() && line.page() != previous.page() + 1) {
            return false;
        }
        List<Float> borders = RuledColumns.crossing(line, rules);
        List<Float> above = RuledColumns.crossing(previous, rules);
        return borders.size() >= RuledColumns.LEAST_RULES && above.size() >= RuledColumns.LEAST_RULES
                && RuledColumns.same(borders.get(0), above.get(0))
                && RuledColumns.same(borders.get(borders.size() - 1), above.get(above.size() - 1));
    }

    /** A line that runs to the right edge without ending its sentence goes on in the next line, on the next page too. */
    private static boolean continuesParagraph(PdfLine line, PdfLine next, float rightEdge) {
        String text = line.plainText().strip();
        char last = text.isEmpty() ? '。' : text.charAt(text.length() - 1);
        boolean ended = "。；：:!！?？".indexOf(last) >= 0;
        return !ended && line.xEnd() >= rightEdge * 0.92f && (next.page() == line.page() || next.page() == line.page() + 1);
    }
}
