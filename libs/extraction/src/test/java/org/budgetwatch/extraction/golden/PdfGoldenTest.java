package org.budgetwatch.extraction.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real PDFs of ../shared/corpus/pdf read against their golden files (src/test/resources/golden-pdf, each checked
 * by a person against the rendered pages): every document's coded and amount rows at least 99% right and its
 * metadata exact. The PDFs are never copied into the project; where they are absent the test says so and skips.
 * Run with -Dgolden.pdf.verbose=true to print every difference.
 */
class PdfGoldenTest {

    private static final Path SHARED = Path.of(System.getProperty("budgetwatch.shared.dir", "../../../shared"), "corpus", "pdf");
    private static final Path GOLDEN = Path.of("src/test/resources/golden-pdf");
    private static final double REQUIRED = 0.99;

    static Stream<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).map(n -> n.substring(0, n.length() - 3))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void shouldReadEveryRowAsPrinted(String document) throws IOException {
        Path pdf = SHARED.resolve(document + ".pdf");
        if (!Files.exists(pdf)) {
            System.out.println("PdfGoldenTest: " + document + " skipped, the shared PDF is not at " + pdf.toAbsolutePath()
                    + " (kept outside the project on purpose)");
        }
        Assumptions.assumeTrue(Files.exists(pdf), "shared PDF not present at " + pdf);
        GoldenTables golden = GoldenTables.parse(Files.readString(GOLDEN.resolve(document + ".md"), StandardCharsets.UTF_8));
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(Files.readAllBytes(pdf));
        assertThat(result).as(document).isInstanceOf(ExtractionResult.Extracted.class);
        GoldenTables read = GoldenTables.of(pdf.getFileName().toString(), ((ExtractionResult.Extracted) result).document()).on(golden.pages());

        GoldenComparison comparison = GoldenComparison.of(golden, read);

        System.out.printf("PdfGoldenTest: %-52s coded rows %4d/%4d (%.1f%%), amount rows %4d/%4d (%.1f%%), extra rows %d, metadata %s%n",
                document, comparison.codedRight(), comparison.codedRows(), 100 * comparison.codedAccuracy(), comparison.amountRight(),
                comparison.amountRows(), 100 * comparison.amountAccuracy(), comparison.extraRows(), comparison.metadataRight() ? "right" : "WRONG");
        List<String> shown = Boolean.getBoolean("golden.pdf.verbose") ? comparison.differences()
                : new ArrayList<>(comparison.differences().subList(0, Math.min(10, comparison.differences().size())));
        shown.forEach(d -> System.out.println("    " + d));
        assertThat(comparison.metadataRight()).as(document + " metadata").isTrue();
        assertThat(comparison.codedAccuracy()).as(document + " coded rows right").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(comparison.amountAccuracy()).as(document + " amount rows right").isGreaterThanOrEqualTo(REQUIRED);
    }
}
