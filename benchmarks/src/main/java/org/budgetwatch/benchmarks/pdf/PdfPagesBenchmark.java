package org.budgetwatch.benchmarks.pdf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDF pages read per second on one core, for each real disclosure with a text layer in ../shared/corpus/pdf (the
 * scanned one is rejected before any page is read, so it says nothing about the reader). Besides documents per
 * second, pages per second of wall time (the figure of docs/benchmarks.md) and pages per CPU-second of the reading
 * thread, the figure that a busy shared machine distorts least. Run through {@link PdfPagesPerCore}, which leaves out
 * the PDFs that are absent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PdfPagesBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Param({"shanghai-putuo-finance-bureau-2025-budget.pdf", "shanghai-audit-bureau-2026-unit-budget.pdf",
            "jiangsu-procuratorate-2017-budget.pdf", "jiangsu-party-committee-office-2019-budget-tables.pdf",
            "jiangsu-party-committee-office-2019-budget-text.pdf", "fuzhou-civil-affairs-2026-unit-budget.pdf",
            "xian-finance-bureau-2026-budget.pdf", "xian-health-commission-2022-final-accounts.pdf",
            "shenzhen-construction-works-2026-budget.pdf", "national-petitions-bureau-2026-budget.pdf",
            "yantai-finance-bureau-2026-budget.pdf", "chongqing-commerce-commission-2026-budget.pdf"})
    public String file;

    @Param("../shared/corpus/pdf")
    public String folder;

    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
    private byte[] content;
    private int pages;

    /**
     * Pages read and the reading thread's CPU nanoseconds, both as rates (JMH divides them by the iteration's time), so
     * that their ratio is pages per CPU-second.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Reading {
        public long pages;
        public long cpuNanos;

        @Setup(Level.Iteration)
        public void reset() {
            pages = 0;
            cpuNanos = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path path = Path.of(folder, file);
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is not here: run from the project root, with ../shared beside it");
        }
        content = Files.readAllBytes(path);
        try (PDDocument document = Loader.loadPDF(content)) {
            pages = document.getNumberOfPages();
        }
        // a rejection is fast and reads no page: timing it would flatter the reader
        if (extractor.extract(content) instanceof ExtractionResult.Rejected rejected) {
            throw new IllegalStateException(file + " is rejected (" + rejected.reason() + "), so it cannot measure reading: " + rejected.message());
        }
    }

    @Benchmark
    public ExtractionResult extract(Reading reading) {
        long start = THREADS.getCurrentThreadCpuTime();
        ExtractionResult result = extractor.extract(content);
        reading.cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        reading.pages += pages;
        return result;
    }
}
