package org.budgetwatch.extraction.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.WorkBudget;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.budgetwatch.extraction.table.LayoutReader;
import org.budgetwatch.extraction.table.LinesBuilder;

/**
 * Reads an Excel disclosure (XLSX or XLS) with Apache POI: every sheet in order, each row's cells as displayed (up to the column limit)
 * (so a figure keeps its printed decimals), formulas by their cached result (never evaluated), merged regions
 * written once in their first cell. A workbook with more rows or cells than the limits is refused while its XML is
 * streamed, before POI builds it; the cells laid out, those under merged regions too, are charged to the budget.
 */
public final class SpreadsheetDisclosureReader {

    private SpreadsheetDisclosureReader() {
    }

    public static ExtractionResult read(byte[] content, String mediaType, WorkBudget budget) {
        OfficeSecurity.apply();
        ExtractionLimits limits = budget.limits();
        if (MediaTypes.XLSX.equals(mediaType)) {
            try {
                OfficeXmlScan.workbook(content, budget);
            } catch (IOException | RuntimeException e) {
                return OfficeSecurity.rejection("spreadsheet", e);
            }
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            int rows = 0;
            for (Sheet sheet : workbook) {
                rows += sheet.getLastRowNum() + 1;
            }
            if (rows > limits.maxRows()) {
                return new ExtractionResult.Rejected(RejectionReason.TOO_LARGE,
                        "The workbook has " + rows + " rows, more than the limit of " + limits.maxRows());
            }
            DataFormatter formatter = new DataFormatter();
            LinesBuilder lines = new LinesBuilder();
            for (Sheet sheet : workbook) {
                sheet(sheet, formatter, lines, budget);
            }
            budget.check();
            return new ExtractionResult.Extracted(LayoutReader.read(mediaType, lines.build()));
        } catch (IOException | RuntimeException e) {
            return OfficeSecurity.rejection("spreadsheet", e);
        }
    }

    private static void sheet(Sheet sheet, DataFormatter formatter, LinesBuilder lines, WorkBudget budget) {
        Set<Long> covered = covered(sheet, budget);
        lines.blank();
        int previous = -1;
        for (Row row : sheet) {
            budget.check();
            if (row.getRowNum() > previous + 1) {
                lines.blank(); // rows absent from the sheet are empty rows: they end a table
            }
            previous = row.getRowNum();
            List<String> cells = new ArrayList<>();
            int last = Math.min(row.getLastCellNum(), budget.limits().maxColumns());
            budget.cells(Math.max(0, last));
            for (int c = 0; c < last; c++) {
                Cell cell = row.getCell(c);
                boolean hidden = covered.contains(((long) row.getRowNum() << 32) | c);
                cells.add(cell == null || hidden ? "" : text(cell, formatter));
            }
            lines.row(cells);
        }
        lines.blank();
    }

    /**
     * The cells hidden under merged regions (all but each region's first). A region may name rows far beyond the sheet's
     * last (A1:GR1048576 is a few bytes of XML): only the rows the sheet has are counted, and each covered cell is charged
     * to the budget.
     */
    private static Set<Long> covered(Sheet sheet, WorkBudget budget) {
        Set<Long> covered = new HashSet<>();
        int lastRow = sheet.getLastRowNum();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int rows = Math.max(0, Math.min(region.getLastRow(), lastRow) - region.getFirstRow() + 1);
            int columns = Math.max(0, Math.min(region.getLastColumn(), budget.limits().maxColumns() - 1) - region.getFirstColumn() + 1);
            budget.cells((long) rows * columns);
            for (int r = region.getFirstRow(); r < region.getFirstRow() + rows; r++) {
                for (int c = region.getFirstColumn(); c < region.getFirstColumn() + columns; c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        covered.add(((long) r << 32) | c);
                    }
                }
            }
        }
        return covered;
    }
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
