package org.budgetwatch.extraction.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.budgetwatch.extraction.WorkBudget;

/**
 * Reads every page's glyphs (PDFBox's text positions, overprinted duplicates removed) and rulings, in one pass over
 * its content: PDFBox's text operators give the glyphs, {@link PathOperators} the paths. Nothing is laid out here:
 * tables and lines are found from the positions afterwards.
 */
final class PageReader extends PDFTextStripper {

    private final List<PdfPage> pages = new ArrayList<>();
    private final WorkBudget budget;
    private PageFrame frame;
    private RulingCollector rulings;
    private int number;

    private PageReader(WorkBudget budget) {
        this.budget = budget;
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        PathOperators.of(this, () -> rulings).forEach(this::addOperator);
    }

    /**
     * @throws WorkBudget.Exceeded when the document's time is up, checked as the pages' operators (text and paths alike)
     *     are interpreted
     */
    static List<PdfPage> read(PDDocument document, WorkBudget budget) throws IOException {
        PageReader reader = new PageReader(budget);
        reader.getText(document);
        return reader.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        number++;
        frame = PageFrame.of(page);
        rulings = new RulingCollector(frame);
        super.startPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition position : article) {
                Glyph glyph = glyph(position);
                if (glyph != null) {
                    glyphs.add(glyph);
                }
            }
        }
        pages.add(new PdfPage(number, frame.width(), frame.height(), withPenAdvances(glyphs), rulings.rulings()));
    }

    /**
     * Some writers declare every glyph a full em wide, half-width digits too, so a figure's last digit would seem to
     * reach into the next cell. A glyph ends where the next glyph of its line starts, when that is sooner; the last
     * narrow glyph of a run advances as far as the narrow glyph before it did.
     */
    static List<Glyph> withPenAdvances(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(java.util.Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Glyph> out = new ArrayList<>(sorted.size());
        boolean previousShortened = false;
        for (int i = 0; i < sorted.size(); i++) {
            Glyph glyph = sorted.get(i);
            Glyph next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            float advance = glyph.advance();
            boolean sameLine = next != null && Math.abs(next.baseline() - glyph.baseline()) < 0.2f * glyph.size() && next.x() > glyph.x();
            boolean shortened = false;
            if (sameLine && next.x() < glyph.x() + advance) {
                advance = next.x() - glyph.x();
                shortened = true;
            } else if (!glyph.isWide() && previousShortened && (!sameLine || next.x() - glyph.x() > advance + 0.5f * glyph.size())) {
                Glyph previous = out.get(out.size() - 1);
                boolean adjacent = Math.abs(previous.baseline() - glyph.baseline()) < 0.2f * glyph.size()
                        && Math.abs(previous.right() - glyph.x()) < 0.2f * glyph.size();
                if (adjacent && !previous.isWide() && previous.advance() < advance) {
                    advance = previous.advance(); // the last digit of a figure whose digits were declared full-width
                }
            }
            previousShortened = shortened;
            out.add(advance == glyph.advance() ? glyph : new Glyph(glyph.text(), glyph.x(), advance, glyph.baseline(), glyph.size()));
        }
        return out;
    }

    private Glyph glyph(TextPosition position) {
        String text = position.getUnicode();
        if (text == null || text.isEmpty()) {
            return null;
        }
        // a printed space is kept as a space (it separates words as printed), never as a cell's text
        text = text.isBlank() ? " " : text.strip();
        char first = text.charAt(0);
        if (first >= 0x2E80 && first <= 0x2FDF) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC); // Kangxi radicals some writers map 一, 人 … to
        }
        float size = position.getFontSizeInPt();
        if (!(size >= 2 && size <= 120)) {
            size = Math.max(position.getHeightDir() * 1.4f, 2);
        }
        float x;
        float baseline;
        if (Math.round(position.getDir()) % 360 == frame.rotation()) {
            x = position.getXDirAdj();
            baseline = position.getYDirAdj();
        } else { // text turned on its page (a vertical heading): its origin, mapped like the rulings
            float ux = position.getTextMatrix().getTranslateX();
            float uy = position.getTextMatrix().getTranslateY();
            x = frame.x(ux, uy);
            baseline = frame.y(ux, uy);
        }
        float declared = position.getWidthDirAdj();
        float advance = declared > 0 ? declared : Glyph.isWide(first) ? size : size * 0.55f;
        return new Glyph(text, x, advance, baseline, size);
    }
}
