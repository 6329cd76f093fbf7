package org.budgetwatch.extraction.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.budgetwatch.extraction.WorkBudget;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.table.LayoutReader;
import org.budgetwatch.extraction.table.LinesBuilder;

/**
 * Reads a Word 97–2003 (DOC) disclosure with Apache POI HWPF: paragraphs in order, tables laid out on their grid. The
 * binary format keeps no column grid; a cell's columns are found from the left edges of all the table's cells, so a
 * heading merged over several columns takes its span and the figures below stay under their headings. A vertically
 * merged continuation is blank, as in DOCX.
 */
public final class DocDisclosureReader {

    private DocDisclosureReader() {
    }

    public static ExtractionResult read(byte[] content, WorkBudget budget) {
        OfficeSecurity.apply();
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
            LinesBuilder lines = new LinesBuilder();
            Range range = document.getRange();
            int count = range.numParagraphs();
            for (int i = 0; i < count; ) {
                budget.check();
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable() && paragraph.getTableLevel() == 1) {
                    Table table = range.getTable(paragraph);
                    table(table, lines, budget);
                    i += Math.max(1, table.numParagraphs());
                } else {
                    lines.paragraph(text(paragraph.text()));
                    i++;
                }
            }
            budget.check();
            return new ExtractionResult.Extracted(LayoutReader.read(MediaTypes.DOC, lines.build()));
        } catch (IOException | RuntimeException e) {
            return OfficeSecurity.rejection("Word 97 document", e);
        }
    }

    private static void table(Table table, LinesBuilder lines, WorkBudget budget) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            budget.check();
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                edges.add(row.getCell(c).getLeftEdge());
            }
        }
        lines.blank();
        for (int r = 0; r < table.numRows(); r++) {
            budget.check();
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                cells.add(continuation ? "" : text(cell.text()));
                int span = edges.subSet(cell.getLeftEdge(), true, cell.getLeftEdge() + cell.getWidth(), false).size();
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

    /** Paragraph and cell marks, field characters and other controls out; the words as printed. */
    private static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= ' ' || c == '\t') {
                out.append(c);
            } else if (c == '\u000b') {
                out.append(' '); // a line break inside a paragraph or cell
            }
        }
        return out.toString().strip();
    }
}
