package org.budgetwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.TableRow;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same disclosure as HTML, DOCX and XLSX (built here from the corpus text with jsoup-compatible markup, POI)
 * extracts to the same tables as its text export: same types, titles, units, columns, rows and figures.
 */
class FormatEquivalenceTest {

    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"beijing-dongcheng-medical-security-2024-budget.txt", "yanbian-medical-security-2024-budget.txt"})
    void shouldExtractTheSameTablesFromHtmlDocxAndXlsx(String file) throws IOException {
        List<List<String>> blocks = blocks(Files.readAllLines(Path.of("../../corpus", file)));
        ExtractedDocument text = extract(Files.readAllBytes(Path.of("../../corpus", file)));

        for (byte[] rendered : List.of(html(blocks), docx(blocks), xlsx(blocks))) {
            ExtractedDocument other = extract(rendered);
            assertSameLines(other.mediaType(), summary(other), summary(text));
            assertThat(other.metadata()).as(other.mediaType()).isEqualTo(text.metadata());
        }
    }

    /** The same disclosure typeset as a PDF with a text layer (PDFBox, a CJK font from Debian's fonts-wqy-zenhei). */
    @ParameterizedTest
    @ValueSource(strings = {"beijing-dongcheng-medical-security-2024-budget.txt", "yanbian-medical-security-2024-budget.txt"})
    void shouldExtractTheSameTablesFromATypesetPdf(String file) throws IOException {
        if (!PdfTypesetter.fontInstalled()) {
            System.out.println("FormatEquivalenceTest: PDF round trip skipped, no CJK font at " + PdfTypesetter.CJK_FONT
                    + " (apt-get install fonts-wqy-zenhei)");
        }
        Assumptions.assumeTrue(PdfTypesetter.fontInstalled(), "no CJK font at " + PdfTypesetter.CJK_FONT);
        List<List<String>> blocks = blocks(Files.readAllLines(Path.of("../../corpus", file)));
        ExtractedDocument text = extract(Files.readAllBytes(Path.of("../../corpus", file)));

        ExtractedDocument pdf = extract(PdfTypesetter.typeset(blocks));

        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertSameLines(pdf.mediaType(), summary(pdf), summary(text));
        assertThat(pdf.metadata()).isEqualTo(text.metadata());
    }

    /**
     * Word 97–2003 cannot be written by POI; the fixture is the DOCX this test builds, saved as DOC by LibreOffice
     * (see src/test/resources/formats/README.md).
     */
    @org.junit.jupiter.api.Test
    void shouldExtractTheSameTablesFromAWord97Document() throws IOException {
        String file = "yanbian-medical-security-2024-budget";
        ExtractedDocument text = extract(Files.readAllBytes(Path.of("../../corpus", file + ".txt")));

        ExtractedDocument doc = extract(Files.readAllBytes(Path.of("src/test/resources/formats", file + ".doc")));

        assertThat(doc.mediaType()).isEqualTo("application/msword");
        assertSameLines(doc.mediaType(), summary(doc), summary(text));
        assertThat(doc.metadata()).isEqualTo(text.metadata());
    }

    private static void assertSameLines(String format, List<String> actual, List<String> expected) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as("%s, line %d of the summary, after %s", format, i,
                    expected.subList(Math.max(0, i - 3), i)).isEqualTo(expected.get(i));
        }
        assertThat(actual).as(format).hasSameSizeAs(expected);
    }

    /** Everything but positions: tables as their type, title, side, unit, columns, rows and cells. */
    private static List<String> summary(ExtractedDocument d) {
        List<String> lines = new ArrayList<>();
        for (ExtractedTable t : d.tables()) {
            lines.add(t.type() + "|" + t.title() + "|" + t.side() + "|" + t.unit() + "|" + t.columns().stream().map(c -> c.path()).toList());
            for (TableRow r : t.rows()) {
                lines.add("  " + r.label() + "|" + r.code() + "|" + r.total() + "|"
                        + r.cells().stream().map(c -> c.text() + "=" + (c.amount() == null ? "" : c.amount().value().toPlainString())).toList());
            }
        }
        return lines;
    }

    private ExtractedDocument extract(byte[] content) {
        ExtractionResult result = extractor.extract(content);
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) result).document();
    }

    /** The text export as blocks: a paragraph is a one-element block, a table a block of tab rows. */
    static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> table = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("\t")) {
                table.add(line);
                continue;
            }
            if (!table.isEmpty() && !line.isBlank()) {
                blocks.add(table);
                table = new ArrayList<>();
            }
            if (!line.isBlank()) {
                blocks.add(List.of(line));
            }
        }
        if (!table.isEmpty()) {
            blocks.add(table);
        }
        return blocks;
    }

    private static boolean isTable(List<String> block) {
        return block.get(0).contains("\t");
    }

    static byte[] html(List<List<String>> blocks) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        for (List<String> block : blocks) {
            if (!isTable(block)) {
                html.append("<p>").append(Entities.escape(block.get(0))).append("</p>\n");
                continue;
            }
            html.append("<table>\n");
            for (String row : block) {
                html.append("<tr>");
                for (String cell : row.split("\t", -1)) {
                    html.append("<td>").append(Entities.escape(cell)).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx(List<List<String>> blocks) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> block : blocks) {
                if (!isTable(block)) {
                    document.createParagraph().createRun().setText(block.get(0));
                    continue;
                }
                int width = block.stream().mapToInt(r -> r.split("\t", -1).length).max().orElse(1);
                XWPFTable table = document.createTable(block.size(), width);
                for (int r = 0; r < block.size(); r++) {
                    String[] cells = block.get(r).split("\t", -1);
                    for (int c = 0; c < width; c++) {
                        table.getRow(r).getCell(c).setText(c < cells.length ? cells[c] : "");
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(List<List<String>> blocks) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("预算");
            int r = 0;
            for (List<String> block : blocks) {
                for (String line : block) {
                    String[] cells = line.split("\t", -1);
                    var row = sheet.createRow(r++);
                    for (int c = 0; c < cells.length; c++) {
                        if (!cells[c].isEmpty()) {
                            row.createCell(c).setCellValue(cells[c]);
                        }
                    }
                }
                if (isTable(block)) {
                    r++; // a blank row after a table, as sheets have
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
