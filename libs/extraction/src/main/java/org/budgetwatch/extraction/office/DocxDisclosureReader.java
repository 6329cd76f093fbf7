package org.budgetwatch.extraction.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.table.LayoutReader;
import org.budgetwatch.extraction.table.LinesBuilder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word (DOCX) disclosure with Apache POI: paragraphs in order, tables with merged cells laid out on their
 * grid (a horizontally merged cell takes its span in columns, a vertically merged continuation is blank).
 */
public final class DocxDisclosureReader {

    private DocxDisclosureReader() {
    }

    public static ExtractionResult read(byte[] content) {
        OfficeSecurity.apply();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            LinesBuilder lines = new LinesBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.paragraph(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    table(table, lines);
                }
            }
            return new ExtractionResult.Extracted(LayoutReader.read(MediaTypes.DOCX, lines.build()));
        } catch (IOException | RuntimeException e) {
            return OfficeSecurity.rejection("Word document", e);
        }
    }

    private static void table(XWPFTable table, LinesBuilder lines) {
        lines.blank();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                boolean continuation = properties != null && properties.getVMerge() != null
                        && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(continuation ? "" : cell.getText());
                int span = properties != null && properties.getGridSpan() != null ? properties.getGridSpan().getVal().intValue() : 1;
                for (int i = 1; i < Math.min(span, 200); i++) {
                    cells.add("");
                }
            }
            lines.row(cells);
        }
        lines.blank();
    }
}
