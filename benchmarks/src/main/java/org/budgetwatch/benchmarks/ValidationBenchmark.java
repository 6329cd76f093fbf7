package org.budgetwatch.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.ValidationReport;
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
 * Time to validate one already extracted corpus document with the current rule catalogue.
 * Run from the project root: java -jar benchmarks/target/benchmarks.jar ValidationBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ValidationBenchmark {

    @Param({"corpus/beijing-dongcheng-medical-security-2024-budget.txt", "corpus/wuhan-dongxihu-medical-security-2024-budget.txt",
            "corpus/baoding-mancheng-medical-security-2024-unit-budget.txt", "corpus/yanbian-medical-security-2024-budget.txt"})
    public String file;

    private ExtractedDocument document;
    private final DisclosureValidator validator = new DisclosureValidator(RuleCatalogue.standard(), true);

    @Setup(Level.Trial)
    public void extract() throws IOException {
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(Files.readAllBytes(Path.of(file)));
        document = ((ExtractionResult.Extracted) result).document();
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(document);
    }
}
