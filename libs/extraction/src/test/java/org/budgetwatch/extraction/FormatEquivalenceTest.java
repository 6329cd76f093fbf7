package org.budgetwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same disclosure as HTML, DOCX and XLSX (built here from the corpus text with jsoup-compatible markup, POI)
 * extracts to the same tables as its text export: same types, titles, units, columns, rows and figures.
 */
class FormatEquivalenceTest {

    /** The tables the budget identities are checked on. */
    private static final Set<TableType> STANDARD_TABLES = EnumSet.of(TableType.REVENUE_EXPENDITURE_SUMMARY, TableType.REVENUE_SUMMARY,
            TableType.EXPENDITURE_SUMMARY, TableType.FISCAL_APPROPRIATION_SUMMARY, TableType.GENERAL_BUDGET_EXPENDITURE,
            TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableType.THREE_PUBLIC_COSTS, TableType.GOVERNMENT_FUND_EXPENDITURE,
            TableType.STATE_CAPITAL_EXPENDITURE);

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

    /**
     * The same disclosure typeset as a PDF with a text layer (PDFBox, a CJK font from Debian's fonts-wqy-zenhei):
     * every table but the performance target forms reads as in the text export. Those are forms (key and value cells
     * merged every which way, not a header over rows); the PDF reader reads them as the printed grid, which the text
     * export's flattening does not reproduce, so they are checked against the golden files of real PDFs instead.
     */
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
        Set<TableType> tables = EnumSet.complementOf(EnumSet.of(TableType.PERFORMANCE_TARGETS));
        assertSameLines(pdf.mediaType(), summary(pdf, tables), summary(text, tables));
        assertThat(pdf.metadata()).isEqualTo(text.metadata());
    }

    /**
     * The same disclosure laid out in Word (landscape, bordered tables, long labels wrapped in their cells; see
     * {@link WordExportFixtures}) and printed to PDF by LibreOffice, as departments publish them. Every table of the
     * standard budget set reads exactly as in the text export: titles, units, header paths, labels, codes and
     * figures, wrapped labels whole. The wide project and performance tables are not compared: where a narrow cell
     * wraps a figure-less text over many lines the reader still splits some of their rows (recorded in
     * src/test/resources/formats/README.md).
     */
    @ParameterizedTest
    @ValueSource(strings = {"beijing-dongcheng-medical-security-2024-budget", "yanbian-medical-security-2024-budget"})
    void shouldReadTheStandardTablesOfAWordDocumentPrintedToPdf(String file) throws IOException {
        ExtractedDocument text = extract(Files.readAllBytes(Path.of("../../corpus", file + ".txt")));

        ExtractedDocument pdf = extract(Files.readAllBytes(Path.of("src/test/resources/formats", file + ".word.pdf")));

        assertThat(pdf.metadata()).isEqualTo(text.metadata());
        assertSameLines("Word-printed PDF", summary(pdf, STANDARD_TABLES), summary(text, STANDARD_TABLES));
    }

    /**
     * The same disclosure as a web page printed to PDF by headless Chromium (Skia's PDF backend, a producer the reader
     * was not built on; see {@link ChromiumPrinter}): every table but the performance forms reads as in the text
     * export, titles, units, header paths, labels, codes and figures. Not compared: the performance target forms and
     * the wide 项目支出绩效表, whose cells of many wrapped lines the reader splits into rows and, where the table runs
     * on over a page without its header, into tables of their own (as for the Word-printed PDF above).
     */
    @ParameterizedTest
    @ValueSource(strings = {"beijing-dongcheng-medical-security-2024-budget.txt", "yanbian-medical-security-2024-budget.txt"})
    void shouldReadTheTablesOfAWebPagePrintedByChromium(String file) throws Exception {
        if (ChromiumPrinter.browser().isEmpty() || !PdfTypesetter.fontInstalled()) {
            System.out.println("FormatEquivalenceTest: Chromium-printed PDF skipped, no Chromium or no CJK font at " + PdfTypesetter.CJK_FONT
                    + " (apt-get install chromium fonts-wqy-zenhei)");
        }
        Assumptions.assumeTrue(ChromiumPrinter.browser().isPresent() && PdfTypesetter.fontInstalled(), "no Chromium or no CJK font");
        List<List<String>> blocks = blocks(Files.readAllLines(Path.of("../../corpus", file)));
        ExtractedDocument text = extract(Files.readAllBytes(Path.of("../../corpus", file)));

        ExtractedDocument pdf = extract(ChromiumPrinter.print(blocks));

        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        Set<TableType> tables = EnumSet.complementOf(EnumSet.of(TableType.PERFORMANCE_TARGETS, TableType.OTHER));
        assertSameLines("Chromium-printed PDF", summary(pdf, tables, FormatEquivalenceTest::notAPerformanceTable),
                summary(text, tables, FormatEquivalenceTest::notAPerformanceTable));
        assertThat(pdf.metadata()).isEqualTo(text.metadata());
    }

    /**
     * The same web page printed without a border anywhere ({@link ChromiumPrinter.Cells#UNRULED}): only the text's
     * positions say where a cell is, every cell's text left-aligned and a padding apart from the next, headings wrapped
     * over several lines in narrow columns and centred in their row's height, a header printed at the foot of a page
     * whose body starts on the next. The standard tables read as in the text export, as far as the reader gets: not yet
     * compared are tables whose rows of one line without figures are set as close as the lines of a cell (Dongcheng's
     * 收支总表, read with 上年结转结余 and 收入总计 in one row), tables with no figure at all (the empty 政府性基金 and
     * 国有资本经营 tables, read as lines) and the 三公 tables (Yanbian's last rows, 其中：（1）公务用车运行维护费 and
     * （2）公务用车购置, are not read).
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "beijing-dongcheng-medical-security-2024-budget.txt; REVENUE_SUMMARY EXPENDITURE_SUMMARY FISCAL_APPROPRIATION_SUMMARY"
                    + " GENERAL_BUDGET_EXPENDITURE GENERAL_BUDGET_BASIC_EXPENDITURE",
            "yanbian-medical-security-2024-budget.txt; REVENUE_EXPENDITURE_SUMMARY REVENUE_SUMMARY EXPENDITURE_SUMMARY"
                    + " FISCAL_APPROPRIATION_SUMMARY GENERAL_BUDGET_EXPENDITURE GENERAL_BUDGET_BASIC_EXPENDITURE"})
    void shouldReadTheStandardTablesOfAWebPagePrintedByChromiumWithoutBorders(String file, String types) throws Exception {
        if (ChromiumPrinter.browser().isEmpty() || !PdfTypesetter.fontInstalled()) {
            System.out.println("FormatEquivalenceTest: unruled Chromium-printed PDF skipped, no Chromium or no CJK font at "
                    + PdfTypesetter.CJK_FONT + " (apt-get install chromium fonts-wqy-zenhei)");
        }
        Assumptions.assumeTrue(ChromiumPrinter.browser().isPresent() && PdfTypesetter.fontInstalled(), "no Chromium or no CJK font");
        Set<TableType> tables = EnumSet.noneOf(TableType.class);
        for (String type : types.split(" ")) {
            tables.add(TableType.valueOf(type));
        }
        List<List<String>> blocks = blocks(Files.readAllLines(Path.of("../../corpus", file)));
        ExtractedDocument text = extract(Files.readAllBytes(Path.of("../../corpus", file)));

        ExtractedDocument pdf = extract(ChromiumPrinter.print(blocks, ChromiumPrinter.Cells.UNRULED));

        assertThat(STANDARD_TABLES).containsAll(tables);
        assertSameLines("unruled Chromium-printed PDF", summary(pdf, tables), summary(text, tables));
        assertThat(pdf.metadata()).isEqualTo(text.metadata());
    }

    private static boolean notAPerformanceTable(ExtractedTable table) {
        return !table.title().contains("绩效");
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
        return summary(d, EnumSet.allOf(TableType.class));
    }

    private static List<String> summary(ExtractedDocument d, Set<TableType> types) {
        return summary(d, types, t -> true);
    }

    private static List<String> summary(ExtractedDocument d, Set<TableType> types, java.util.function.Predicate<ExtractedTable> compared) {
        List<String> lines = new ArrayList<>();
        for (ExtractedTable t : d.tables().stream().filter(t -> types.contains(t.type()) && compared.test(t)).toList()) {
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
        return webPage(blocks, "").getBytes(StandardCharsets.UTF_8);
    }

    /** The blocks as a web page: paragraphs and tables of plain cells, with the given style sheet (none when empty). */
    static String webPage(List<List<String>> blocks, String style) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + (style.isEmpty() ? "" : "<style>" + style + "</style>") + "</head><body>\n");
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
        return html.append("</body></html>").toString();
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
