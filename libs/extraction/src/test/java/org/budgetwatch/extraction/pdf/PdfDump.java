package org.budgetwatch.extraction.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A developer's look at how pages are read: {@code PdfDump FILE [FIRST [LAST]]} prints each page's blocks. */
public final class PdfDump {

    private PdfDump() {
    }

    public static void main(String[] args) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(Path.of(args[0])))) {
            List<PdfPage> pages = PageReader.read(document, new org.budgetwatch.extraction.WorkBudget(org.budgetwatch.extraction.ExtractionLimits.defaults()));
            int first = args.length > 1 ? Integer.parseInt(args[1]) : 1;
            int last = args.length > 2 ? Integer.parseInt(args[2]) : pages.size();
            for (PdfPage page : pages.subList(first - 1, last)) {
                System.out.printf("=== page %d (%.0f x %.0f): %d glyphs, %d horizontal and %d vertical rulings%n", page.number(),
                        page.width(), page.height(), page.glyphs().size(), page.rulings().horizontals().size(),
                        page.rulings().verticals().size());
                for (PageBlock block : PageLayout.of(page)) {
                    if (block instanceof PageBlock.Line line) {
                        System.out.printf("  [%.0f] %s%n", line.top(), line.text());
                    } else {
                        PageTable table = ((PageBlock.Table) block).table();
                        System.out.printf("  TABLE %s %d cols, %d rows at %.0f-%.0f%n", table.ruled() ? "ruled" : "stream", table.width(),
                                table.rows().size(), table.top(), table.bottom());
                        for (GridRow row : table.rows()) {
                            System.out.println("    | " + row);
                        }
                    }
                }
            }
        }
    }
}
