package org.budgetwatch.extraction.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** PDFBox's text extraction, kept as positioned chunks per line instead of a string, and each page's cell borders. */
final class PositionedTextStripper extends PDFTextStripper {

    private final List<PdfLine> lines = new ArrayList<>();
    private final Map<Integer, PageRules> rules = new HashMap<>();
    private List<TextChunk> current = new ArrayList<>();
    private int page;

    PositionedTextStripper() {
        setSortByPosition(true);
    }

    List<PdfLine> lines() {
        return lines;
    }

    /** The cell borders of each page read, by page number. */
    Map<Integer, PageRules> rules() {
        return rules;
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        page++;
        PageRules pageRules = RuleCollector.of(pdPage);
        if (!pageRules.isEmpty()) {
            rules.put(page, pageRules);
        }
        super.startPage(pdPage);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (text.isBlank() || positions.isEmpty()) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        float width = 0;
        for (TextPosition p : positions) {
            width += p.getWidthDirAdj();
        }
        current.add(new TextChunk(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), width / positions.size(),
                first.getYDirAdj(), first.getHeightDir()));
    }

    @Override
    protected void writeWordSeparator() {
        // chunks are kept apart with their positions
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    /** PDFBox ends a page's last line with the page end, not a line separator. */
    @Override
    protected void writePageEnd() throws IOException {
        flush();
        super.writePageEnd();
    }

    private void flush() {
        if (!current.isEmpty()) {
            lines.add(new PdfLine(page, List.copyOf(current)));
            current = new ArrayList<>();
        }
    }
}
