package org.budgetwatch.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Small files that would cause a great deal of work: the attacks of issue 19 and their relatives in other formats. */
final class HostileDocuments {

    private static final String PREAMBLE = "<html><body><p>2024年某某局部门预算</p><p>收支总表</p><p>金额单位：万元</p>";

    private HostileDocuments() {
    }

    /** Rows of cells that each span 200 rows and 200 columns: every cell pushes the next 200 columns further right. */
    static byte[] spanningCellsHtml(int rows, int cellsPerRow) {
        StringBuilder html = new StringBuilder(PREAMBLE).append("<table>");
        for (int r = 0; r < rows; r++) {
            html.append("<tr>");
            for (int c = 0; c < cellsPerRow; c++) {
                html.append("<td rowspan=\"200\" colspan=\"200\">1</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One row of plain cells, wider than any disclosure. */
    static byte[] wideHtml(int cells) {
        return (PREAMBLE + "<table><tr>" + "<td>1</td>".repeat(cells) + "</tr></table></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** Many rows, each a single cell spanning 200 columns: narrow enough, but a grid of rows × 200 cells. */
    static byte[] tallSpannedHtml(int rows) {
        return (PREAMBLE + "<table>" + "<tr><td colspan=\"200\">合计</td></tr>".repeat(rows) + "</table></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Tables nested in table cells, {@code depth} deep. */
    static byte[] nestedTablesHtml(int depth) {
        return (PREAMBLE + "<table><tr><td>".repeat(depth) + "1" + "</td></tr></table>".repeat(depth) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A DOCX whose single row has cells each spanning {@code span} grid columns. Each cell has text of its own, so that
     * the XML does not compress like a zip bomb and is refused for what it is.
     */
    static byte[] wideSpannedDocx(int cells, int span) throws IOException {
        StringBuilder row = new StringBuilder("<w:tbl><w:tr>");
        for (int c = 0; c < cells; c++) {
            row.append("<w:tc><w:tcPr><w:gridSpan w:val=\"").append(span).append("\"/></w:tcPr>").append(paragraph()).append("</w:tc>");
        }
        return docx(row.append("</w:tr></w:tbl>").toString());
    }

    /** A DOCX with tables nested in table cells, {@code depth} deep, each cell with text of its own. */
    static byte[] nestedTablesDocx(int depth) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            body.append("<w:tbl><w:tr><w:tc>").append(paragraph());
        }
        return docx(body + "</w:tc></w:tr></w:tbl>".repeat(depth));
    }

    private static final java.util.Random RANDOM = new java.util.Random(19);

    private static String paragraph() {
        return "<w:p><w:r><w:t>" + Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong()) + "</w:t></w:r></w:p>";
    }

    /** A sheet of a few rows under merged regions that each name a million rows and every column. */
    static byte[] mergedRegionsOverTheWholeSheet(int regions, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("收支总表");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "金额单位：万元" : "项目" + r);
                row.createCell(1).setCellValue(r);
            }
            for (int i = 0; i < regions; i++) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 1_048_575, 0, 255));
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    /** A workbook of {@code rows} × {@code columns} written cells. */
    static byte[] manyCellsXlsx(int rows, int columns) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue(c);
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    /**
     * A one-page PDF whose page is drawn with {@code operators} graphics-state operators (q … Q, a few bytes each once
     * compressed): interpreting it takes seconds of CPU while the file stays small.
     */
    static byte[] pageOfManyOperators(int operators) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                for (int i = 0; i < operators / 2; i++) {
                    content.saveGraphicsState();
                    content.restoreGraphicsState();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>金额单位：万元</w:t></w:r></w:p>" + body + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
