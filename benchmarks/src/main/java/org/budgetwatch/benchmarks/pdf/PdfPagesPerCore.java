package org.budgetwatch.benchmarks.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PdfPagesBenchmark} over the shared PDFs that are present, saying which are absent, and prints pages per
 * second per core for each and for all of them read in turn.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.budgetwatch.benchmarks.pdf.PdfPagesPerCore [--folder=DIR] [--json=FILE]</pre>
 */
public final class PdfPagesPerCore {

    private PdfPagesPerCore() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(option(args, "--folder", "../shared/corpus/pdf"));
        String json = option(args, "--json", null);
        List<String> present = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (String file : PdfPagesBenchmark.class.getField("file").getAnnotation(Param.class).value()) {
            Path path = folder.resolve(file);
            if (Files.isRegularFile(path)) {
                present.add(file);
                try (PDDocument document = Loader.loadPDF(path.toFile())) {
                    pages.add(document.getNumberOfPages());
                }
            } else {
                System.out.println("skipped " + file + ": not in " + folder.toAbsolutePath().normalize());
            }
        }
        if (present.isEmpty()) {
            System.out.println("No shared PDF found in " + folder.toAbsolutePath().normalize() + "; nothing to measure.");
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(PdfPagesBenchmark.class.getName() + ".extract")
                .param("file", present.toArray(String[]::new))
                .param("folder", folder.toString());
        if (json != null) {
            options.resultFormat(ResultFormatType.JSON).result(json);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        print(results, present, pages);
    }

    private static void print(Collection<RunResult> results, List<String> present, List<Integer> pages) {
        System.out.println();
        System.out.println("PDF pages per second per core (one thread; CPU: the reading thread's own time)");
        System.out.printf(Locale.ROOT, "%-55s %6s %16s %12s %16s%n", "file", "pages", "documents/s", "pages/s", "pages/CPU-s");
        double totalPages = 0;
        double totalSeconds = 0;
        double totalCpuSeconds = 0;
        for (RunResult run : results) {
            String file = run.getParams().getParam("file");
            int pageCount = pages.get(present.indexOf(file));
            Result<?> documents = run.getPrimaryResult();
            double pagesPerSecond = documents.getScore() * pageCount;
            Result<?> cpu = run.getSecondaryResults().get("cpuNanos");
            Result<?> read = run.getSecondaryResults().get("pages");
            // both counters are rates over the same iterations, so their ratio is pages per CPU-nanosecond
            double pagesPerCpuSecond = read.getStatistics().getSum() / cpu.getStatistics().getSum() * 1e9;
            System.out.printf(Locale.ROOT, "%-55s %6d %9.2f ± %-5.2f %12.1f %16.1f%n", file, pageCount, documents.getScore(),
                    documents.getScoreError(), pagesPerSecond, pagesPerCpuSecond);
            totalPages += pageCount;
            totalSeconds += 1 / documents.getScore();
            totalCpuSeconds += pageCount / pagesPerCpuSecond;
        }
        System.out.printf(Locale.ROOT, "%-55s %6.0f %16s %12.1f %16.1f%n", "all of the above, each read once in turn", totalPages, "",
                totalPages / totalSeconds, totalPages / totalCpuSeconds);
    }

    private static String option(String[] args, String name, String otherwise) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return otherwise;
    }
}
