package org.budgetwatch.extraction.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.WorkBudget;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.budgetwatch.extraction.table.LayoutReader;

/**
 * Reads a PDF with a text layer from its geometry: PDFBox gives every glyph's position and every drawn line; tables
 * are read as grids of cells from their rulings ({@link LatticeReader}) or, printed without them, from the alignment
 * of their figures ({@link StreamTables}); a table continued over pages is one table ({@link DocumentAssembler}). A
 * PDF without text (a scan) or one that needs a password is rejected with that reason.
 */
public final class PdfDisclosureReader {

    static {
        FontMappers.set(new StandInFonts()); // before the first PDF, so that PDFBox never scans the installed fonts
    }

    private PdfDisclosureReader() {
    }

    /**
     * @param budget the document's time, checked as every page is interpreted and laid out
     * @throws WorkBudget.Exceeded when the time is up or the thread was interrupted
     */
    public static ExtractionResult read(byte[] content, WorkBudget budget) {
        ExtractionLimits limits = budget.limits();
        List<PdfPage> pages;
        String fileTitle;
        // decoded streams beyond 64 MB spill to temporary files, and no PDF may use more than 512 MB of them
        try (PDDocument document = Loader.loadPDF(content, "", null, null, MemoryUsageSetting.setupMixed(64L << 20, 512L << 20).streamCache)) {
            if (document.getNumberOfPages() > limits.maxPages()) {
                return new ExtractionResult.Rejected(RejectionReason.TOO_LARGE,
                        "The PDF has " + document.getNumberOfPages() + " pages, more than the limit of " + limits.maxPages());
            }
            pages = PageReader.read(document, budget);
            fileTitle = FileTitle.of(document);
        } catch (InvalidPasswordException e) {
            return new ExtractionResult.Rejected(RejectionReason.ENCRYPTED, "The PDF is encrypted and needs a password to open");
        } catch (IOException e) {
            return new ExtractionResult.Rejected(RejectionReason.UNREADABLE, "The PDF cannot be read: " + e.getMessage());
        }
        if (pages.stream().allMatch(p -> p.glyphs().stream().allMatch(Glyph::isSpace))) {
            return new ExtractionResult.Rejected(RejectionReason.NO_TEXT_LAYER,
                    "The PDF has no text layer (a scanned document?); OCR it before submitting");
        }
        DocumentAssembler assembled = DocumentAssembler.of(layOut(pages, budget));
        return new ExtractionResult.Extracted(LayoutReader.read(MediaTypes.PDF, assembled.lines(), assembled.tables(), fileTitle));
    }

    static List<List<PageBlock>> layOut(List<PdfPage> pages, WorkBudget budget) {
        List<List<PageBlock>> blocks = new ArrayList<>(pages.size());
        for (PdfPage page : pages) {
            budget.check();
            List<PageBlock> before = blocks.isEmpty() ? List.of() : blocks.get(blocks.size() - 1);
            List<TextLine> foot = CarriedHeader.atFoot(before);
            List<PageBlock> laidOut = PageLayout.of(page, foot);
            if (!foot.isEmpty() && PageLayout.tookHeaderFromPageBefore(laidOut, page.number())) {
                before.removeIf(b -> b instanceof PageBlock.Line line && foot.contains(line.line())); // now the table's header
            }
            blocks.add(laidOut);
        }
        return blocks;
    }
}
