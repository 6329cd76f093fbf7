package org.budgetwatch.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prints a disclosure's blocks (paragraphs and tab-separated tables) to PDF with headless Chromium, as departments
 * publish web pages saved as PDF: its PDF backend (Skia) places text and draws borders in its own way, unlike PDFBox
 * (which typesets the other test PDFs) and LibreOffice (the Word fixtures). A4 landscape, tables with a border round
 * every cell and cells as wide as their text lets them, so long headings and labels wrap in their cells where a table
 * is wide; or the same page with no borders at all ({@link Cells#UNRULED}), as many web pages print their tables, so
 * that only the text's positions say where a cell is. The system's Chromium, as Debian installs it (.ci/run installs
 * it for the web page test).
 */
public final class ChromiumPrinter {

    private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome"));
    private static final long TIMEOUT_SECONDS = 120;
    private static final String PAGE_STYLE = "@page{size:A4 landscape;margin:12mm}"
            + "body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9pt}"
            + "table{border-collapse:collapse;margin:6pt 0}";

    /** How the table cells are drawn. */
    public enum Cells {
        /** A border round every cell. */
        RULED("td{border:0.6pt solid #000;padding:1pt 3pt;font-size:7.5pt}"),
        /** No border anywhere, cells a little further apart: the columns are seen only in the text's alignment. */
        UNRULED("td{border:none;padding:1pt 6pt;font-size:7.5pt}");

        private final String style;

        Cells(String style) {
            this.style = style;
        }
    }

    private ChromiumPrinter() {
    }

    public static Optional<Path> browser() {
        return BROWSERS.stream().filter(Files::isExecutable).findFirst();
    }

    static byte[] print(List<List<String>> blocks) throws IOException, InterruptedException {
        return print(blocks, Cells.RULED);
    }

    public static byte[] print(List<List<String>> blocks, Cells cells) throws IOException, InterruptedException {
        Path browser = browser().orElseThrow(() -> new IllegalStateException("no Chromium at " + BROWSERS));
        Path dir = Files.createTempDirectory("chromium-print");
        try {
            Path page = dir.resolve("disclosure.html");
            Path pdf = dir.resolve("disclosure.pdf");
            Files.writeString(page, FormatEquivalenceTest.webPage(blocks, PAGE_STYLE + cells.style));
            Process chromium = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-extensions", "--user-data-dir=" + dir.resolve("profile"), "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, page.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
            if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                throw new IllegalStateException("Chromium did not print within " + TIMEOUT_SECONDS + " s");
            }
            if (!Files.exists(pdf)) {
                throw new IllegalStateException("Chromium printed nothing (exit " + chromium.exitValue() + "): "
                        + Files.readString(dir.resolve("chromium.log")));
            }
            return Files.readAllBytes(pdf);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
