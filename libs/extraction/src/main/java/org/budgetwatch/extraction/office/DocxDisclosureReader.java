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
import org.budgetwatch.extraction.WorkBudget;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.table.LayoutReader;
import org.budgetwatch.extraction.table.LinesBuilder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word (DOCX) disclosure with Apache POI: paragraphs in order, tables with merged cells laid out on their
 * grid (a horizontally merged cell takes its span in columns, a vertically merged continuation is blank). Its XML is
 * streamed first and refused when its rows, cells (spans counted), nested tables or elements pass the limits, before
 * POI builds the document in memory.
 */
public final class DocxDisclosureReader {

    private DocxDisclosureReader() {
    }

    public static ExtractionResult read(byte[] content, WorkBudget budget) {
        OfficeSecurity.apply();
        try {
            OfficeXmlScan.wordDocument(content, budget);
        } catch (IOException | RuntimeException e) {
            return OfficeSecurity.rejection("Word document", e);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            LinesBuilder lines = new LinesBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                budget.check();
                if (element instanceof XWPFParagraph paragraph) {
                    lines.paragraph(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    table(table, lines, budget);
                }
            }
            budget.check();
            return new ExtractionResult.Extracted(LayoutReader.read(MediaTypes.DOCX, lines.build()));
        } catch (IOException | RuntimeException e) {
            return OfficeSecurity.rejection("Word document", e);
        }
    }

    private static void table(XWPFTable table, LinesBuilder lines, WorkBudget budget) {
        lines.blank();
        for (XWPFTableRow row : table.getRows()) {
            budget.check();
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                boolean continuation = properties != null && properties.getVMerge() != null
                        && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(continuation ? "" : cell.getText());
                int span = properties != null && properties.getGridSpan() != null ? properties.getGridSpan().getVal().intValue() : 1;
                budget.columns((long) cells.size() + span - 1);
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
            }
            budget.cells(cells.size());
            lines.row(cells);
        }
        lines.blank();
    }
}
