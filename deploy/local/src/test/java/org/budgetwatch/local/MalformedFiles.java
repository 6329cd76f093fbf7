package org.budgetwatch.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A generator of malformed disclosures, each distinct (so that none is a duplicate of another): truncated and
 * corrupted PDF, DOCX and XLSX, zip bombs dressed as DOCX, random bytes, empty files, deeply nested HTML, enormous
 * numbers, control characters and mixed encodings.
 */
final class MalformedFiles {

    record Malformed(String kind, String fileName, byte[] content) {
    }

    private static final String[] KINDS = {"truncated-pdf", "corrupted-pdf", "truncated-docx", "corrupted-xlsx", "zip-bomb", "random-bytes",
            "empty", "nested-html", "enormous-numbers", "control-characters", "mixed-encodings"};

    private final Random random;
    private final byte[] pdf;
    private final byte[] docx;
    private final byte[] xlsx;

    MalformedFiles(long seed) throws IOException {
        this.random = new Random(seed);
        this.pdf = pdf();
        this.docx = docx();
        this.xlsx = xlsx();
    }

    List<Malformed> generate(int count) throws IOException {
        List<Malformed> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = KINDS[i % KINDS.length];
            files.add(new Malformed(kind, kind + "-" + i + extension(kind), make(kind, i)));
        }
        return files;
    }

    private byte[] make(String kind, int i) throws IOException {
        return switch (kind) {
            case "truncated-pdf" -> Arrays.copyOf(pdf, 200 + i % (pdf.length - 300)); // a distinct cut for each file
            case "corrupted-pdf" -> corrupt(pdf, i);
            case "truncated-docx" -> Arrays.copyOf(docx, 100 + i % (docx.length - 200));
            case "corrupted-xlsx" -> corrupt(xlsx, i);
            case "zip-bomb" -> zipBomb(i);
            case "random-bytes" -> randomBytes(1 + random.nextInt(64 * 1024));
            case "empty" -> new byte[0];
            case "nested-html" -> ("<html><body>" + "<div>".repeat(20_000 + i) + "预算" + "</div>".repeat(20_000 + i) + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            case "enormous-numbers" -> ("第" + i + "号\n" + "9".repeat(5_000 + i) + "\n" + "1".repeat(20_000) + "." + "5".repeat(9_000) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            case "control-characters" -> controlCharacters(i);
            default -> mixedEncodings(i);
        };
    }

    private static String extension(String kind) {
        return kind.contains("pdf") ? ".pdf" : kind.contains("docx") || kind.equals("zip-bomb") ? ".docx" : kind.contains("xlsx") ? ".xlsx"
                : kind.contains("html") ? ".html" : kind.equals("random-bytes") || kind.equals("empty") ? ".bin" : ".txt";
    }

    /** Flips bytes in the middle, keeping the first ones so that the format is still recognised. */
    private byte[] corrupt(byte[] original, int i) {
        byte[] copy = original.clone();
        for (int n = 0; n < 20 + i % 50; n++) {
            int at = 64 + random.nextInt(copy.length - 64);
            copy[at] = (byte) random.nextInt(256);
        }
        return copy;
    }

    /** A DOCX whose document part inflates to 200 MB of zeros. */
    private static byte[] zipBomb(int i) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><!--" + i + "--></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int mb = 0; mb < 200; mb++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] controlCharacters(int i) {
        StringBuilder text = new StringBuilder("部门预算 " + i + "\n");
        for (int n = 0; n < 2_000; n++) {
            text.append((char) random.nextInt(32)).append("收入").append('\u0000').append('\u001b');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mixedEncodings(int i) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String line = "一般公共预算支出 " + i + "\t合计\t";
        for (int n = 0; n < 50; n++) {
            Charset charset = n % 3 == 0 ? Charset.forName("GB18030") : n % 3 == 1 ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE;
            out.writeBytes(line.getBytes(charset));
        }
        return out.toByteArray();
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    content.newLineAtOffset(50, 700);
                    for (int line = 0; line < 30; line++) {
                        content.showText("Item " + line + "    1,234.56    789.01");
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var table = document.createTable(20, 3);
            for (int r = 0; r < 20; r++) {
                table.getRow(r).getCell(0).setText("科目" + r);
                table.getRow(r).getCell(1).setText("1,234.56");
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("预算");
            for (int r = 0; r < 50; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("科目" + r);
                row.createCell(1).setCellValue(1234.56 + r);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
