package org.budgetwatch.extraction;

import static org.budgetwatch.extraction.RejectionAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.budgetwatch.extraction.model.TableType;
import org.junit.jupiter.api.Test;

/** Merged cells in HTML, Word 97 and Excel, and the broken or hostile files those formats can carry. */
class StructuredFormatsTest {

    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());

    @Test
    void shouldFlattenHtmlHeadersWithColspanAndRowspanIntoPaths() {
        String html = """
                <html><body><p>2024年某区卫生健康委员会部门预算</p><p>一般公共预算支出表</p><p>金额单位：万元</p>
                <table>
                <tr><th rowspan="2">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">合计</th><th colspan="2">基本支出</th><th rowspan="2">项目支出</th></tr>
                <tr><th>人员经费</th><th>公用经费</th></tr>
                <tr><td>210</td><td>卫生健康支出</td><td>1,315.08</td><td>1,107.07</td><td>208.02</td><td></td></tr>
                <tr><td></td><td>合计</td><td>1,315.08</td><td>1,107.07</td><td>208.02</td><td></td></tr>
                </table></body></html>""";

        ExtractedTable table = onlyTable(extractor.extract(html.getBytes(StandardCharsets.UTF_8)));

        assertThat(table.type()).isEqualTo(TableType.GENERAL_BUDGET_EXPENDITURE);
        assertThat(table.columns()).extracting(c -> c.path())
                .containsExactly("合计", "基本支出/人员经费", "基本支出/公用经费", "项目支出");
        assertThat(table.rows().get(0).code()).isEqualTo("210");
        assertThat(table.rows().get(1).total()).isTrue();
        assertThat(table.rows().get(1).cells().get(3).text()).as("blank stays blank").isNull();
    }

    /** The HTML table above saved as Word 97–2003 by LibreOffice (src/test/resources/formats/README.md). */
    @Test
    void shouldLayAWord97TableWithMergedHeadersOnItsGrid() throws IOException {
        byte[] doc = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/formats/merged-headers.doc"));

        ExtractedTable table = onlyTable(extractor.extract(doc));

        assertThat(table.type()).isEqualTo(TableType.GENERAL_BUDGET_EXPENDITURE);
        assertThat(table.columns()).extracting(c -> c.path())
                .containsExactly("合计", "基本支出/人员经费", "基本支出/公用经费", "项目支出");
        assertThat(table.rows().get(0).code()).isEqualTo("210");
        assertThat(table.rows().get(0).cells()).extracting(c -> c.text()).containsExactly("1,315.08", "1,107.07", "208.02", null);
        assertThat(table.rows().get(1).total()).isTrue();
    }

    @Test
    void shouldReadAnExcelSheetWithMergedHeadersAndNumericCells() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("预算03表");
            sheet.createRow(0).createCell(0).setCellValue("支出总表");
            sheet.createRow(1).createCell(0).setCellValue("单位：万元");
            var header = sheet.createRow(2);
            header.createCell(0).setCellValue("科目名称");
            header.createCell(1).setCellValue("本年支出");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
            var leaf = sheet.createRow(3);
            leaf.createCell(1).setCellValue("基本支出");
            leaf.createCell(2).setCellValue("项目支出");
            var data = sheet.createRow(4);
            data.createCell(0).setCellValue("合计");
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            var basic = data.createCell(1);
            basic.setCellValue(2726.3);
            basic.setCellStyle(style);
            var project = data.createCell(2);
            project.setCellValue(38008.35);
            project.setCellStyle(style);
            workbook.write(out);

            ExtractedTable table = onlyTable(extractor.extract(out.toByteArray()));

            assertThat(table.columns()).extracting(c -> c.path()).containsExactly("本年支出/基本支出", "本年支出/项目支出");
            assertThat(table.rows().get(0).cells().get(0).text()).as("the figure as displayed").isEqualTo("2,726.30");
            assertThat(table.rows().get(0).cells().get(0).amount().scale()).isEqualTo(2);
        }
    }

    @Test
    void shouldRejectASpreadsheetOverTheRowLimit() throws IOException {
        DisclosureExtractor small = new DisclosureExtractor(new ExtractionLimits(50L * 1024 * 1024, 500, 1_000, 200_000));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < 100_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            workbook.write(out);

            ExtractionResult result = small.extract(out.toByteArray());

            assertRejected(result, RejectionReason.TOO_LARGE);
            assertThat(((ExtractionResult.Rejected) result).message()).as("refused while streaming, before the workbook is built")
                    .isEqualTo("The workbook has more than 1000 rows, the limit");
        }
    }

    @Test
    void shouldRejectAZipBombNamedDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros); // 100 MB of zeros packs into a few hundred kB
            }
        }
        assertRejected(extractor.extract(out.toByteArray()), RejectionReason.TOO_LARGE, RejectionReason.UNREADABLE);
    }

    @Test
    void shouldRejectACorruptedDocx() {
        byte[] broken = "PK\u0003\u0004word/ not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        assertRejected(extractor.extract(broken), RejectionReason.UNREADABLE);
    }

    @Test
    void shouldRejectACorruptedWord97Document() throws IOException {
        byte[] doc = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/formats/merged-headers.doc"));
        java.util.Arrays.fill(doc, 512, doc.length / 2, (byte) 0xFF); // the Word stream gone, the directory kept
        assertRejected(extractor.extract(doc), RejectionReason.UNREADABLE);
    }

    @Test
    void shouldSurviveDeeplyNestedHtml() {
        String deep = "<html><body>" + "<div>".repeat(100_000) + "金额单位：万元" + "</div>".repeat(100_000) + "</body></html>";
        ExtractionResult result = extractor.extract(deep.getBytes(StandardCharsets.UTF_8));
        assertRejected(result, RejectionReason.NO_TABLES, RejectionReason.TOO_LARGE);
    }

    private static ExtractedTable onlyTable(ExtractionResult result) {
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) result).document().tables().get(0);
    }

}
