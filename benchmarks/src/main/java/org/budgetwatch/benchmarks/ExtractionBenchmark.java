package org.budgetwatch.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractionResult;
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
 * Documents per second on one core for each corpus text export (the PDFs: {@link org.budgetwatch.benchmarks.pdf.PdfPagesBenchmark}).
 * Run from the project root: java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    @Param({"corpus/beijing-dongcheng-medical-security-2024-budget.txt", "corpus/wuhan-dongxihu-medical-security-2024-budget.txt",
            "corpus/baoding-mancheng-medical-security-2024-unit-budget.txt", "corpus/yanbian-medical-security-2024-budget.txt"})
    public String file;

    private byte[] content;
    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            throw new IllegalStateException(file + " is not here: run from the project root");
        }
        content = Files.readAllBytes(path);
    }

    @Benchmark
    public ExtractionResult extract() {
        return extractor.extract(content);
    }
}
