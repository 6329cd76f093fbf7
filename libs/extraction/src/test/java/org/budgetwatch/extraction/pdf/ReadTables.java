package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.PdfTypesetter;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.junit.jupiter.api.Assumptions;

/**
 * A typeset PDF read back through the extractor, and its tables written out so that a test compares them whole:
 * each row as {@code code|label|cell|cell…} (a blank cell empty, no code empty).
 */
final class ReadTables {

    private static final DisclosureExtractor EXTRACTOR = new DisclosureExtractor(ExtractionLimits.defaults());

    private ReadTables() {
    }

    /** Skips the calling test, saying why, where the CJK font the layouts are typeset in is missing. */
    static void assumeFont() {
        if (!PdfTypesetter.fontInstalled()) {
            System.out.println("PDF layout tests skipped: no CJK font at " + PdfTypesetter.CJK_FONT + " (Debian: fonts-wqy-zenhei)");
        }
        Assumptions.assumeTrue(PdfTypesetter.fontInstalled(), "no CJK font at " + PdfTypesetter.CJK_FONT);
    }

    static ExtractedDocument read(byte[] pdf) {
        ExtractionResult result = EXTRACTOR.extract(pdf, MediaTypes.PDF);
        assertThat(result).as("the typeset PDF is read").isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) result).document();
    }

    /** The one table of the document. */
    static ExtractedTable onlyTable(byte[] pdf) {
        ExtractedDocument document = read(pdf);
        assertThat(document.tables()).as("tables read: %s", titles(document)).hasSize(1);
        return document.tables().get(0);
    }

    static List<String> rows(ExtractedTable table) {
        List<String> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            StringBuilder text = new StringBuilder(row.code() == null ? "" : row.code()).append('|').append(row.label());
            for (TableCell cell : row.cells()) {
                text.append('|').append(cell.text() == null ? "" : cell.text());
            }
            rows.add(text.toString());
        }
        return rows;
    }

    static List<String> paths(ExtractedTable table) {
        return table.columns().stream().map(TableColumn::path).toList();
    }

    static List<Integer> pages(ExtractedTable table) {
        return table.rows().stream().map(TableRow::page).toList();
    }

    private static List<String> titles(ExtractedDocument document) {
        return document.tables().stream().map(t -> t.title() + " " + t.side() + " " + rows(t)).toList();
    }
}
