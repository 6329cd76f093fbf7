package org.budgetwatch.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The load generator's disclosures are distinct, read like their corpus base and fail only where an error was put in. */
class VariantGeneratorTest {

    private static final DisclosureExtractor EXTRACTOR = new DisclosureExtractor(ExtractionLimits.defaults());
    private static final Path CORPUS = Path.of("../../corpus");
    private static List<CorpusBase> bases;
    private static final Map<String, Map<String, Long>> BASE_FINDINGS = new HashMap<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        bases = CorpusBase.readAll(CORPUS);
        for (CorpusBase base : bases) {
            BASE_FINDINGS.put(base.name(), findings(read(base.text().getBytes(StandardCharsets.UTF_8))));
        }
    }

    @Test
    void shouldReadEveryCorpusTextExportAsABase() throws IOException {
        try (var files = Files.list(CORPUS)) {
            assertThat(bases).extracting(CorpusBase::name).containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".txt")).map(n -> n.replaceFirst("\\.txt$", "")).toList());
        }
    }

    @Test
    void shouldFindInEachCleanVariantExactlyWhatItsBaseHas() {
        VariantGenerator generator = new VariantGenerator(bases, "test", 0);
        Set<BigDecimal> factors = new HashSet<>();
        for (int i = 0; i < 32; i++) {
            VariantGenerator.Variant variant = generator.generate(i);
            ExtractedDocument document = read(variant.content());
            factors.add(variant.factor());
            assertThat(document.metadata().department()).as(variant.fileName()).isEqualTo(variant.department());
            assertThat(document.metadata().fiscalYear()).as(variant.fileName()).isEqualTo(variant.fiscalYear());
            assertThat(findings(document)).as("findings of %s (factor %s)", variant.fileName(), variant.factor())
                    .isEqualTo(BASE_FINDINGS.get(variant.base()));
        }
        assertThat(factors).as("amounts are varied").hasSizeGreaterThan(1);
    }

    @Test
    void shouldGiveEveryVariantWithAnInjectedErrorAnErrorFinding() {
        VariantGenerator generator = new VariantGenerator(bases, "errors", 1);
        for (int i = 0; i < 16; i++) {
            VariantGenerator.Variant variant = generator.generate(i);
            assertThat(variant.injectedError()).isTrue();
            Map<String, Long> found = findings(read(variant.content()));
            assertThat(found).as(variant.fileName()).isNotEqualTo(BASE_FINDINGS.get(variant.base()));
            assertThat(found.keySet()).as(variant.fileName()).anyMatch(k -> k.endsWith("ERROR"));
        }
    }

    @Test
    void shouldMakeDistinctDocumentsAndTheSameOnesForTheSameRun() {
        VariantGenerator first = new VariantGenerator(bases, "run-a", 0.1);
        Set<String> contents = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            contents.add(new String(first.generate(i).content(), StandardCharsets.UTF_8));
        }
        assertThat(contents).hasSize(200);
        assertThat(new VariantGenerator(bases, "run-a", 0.1).generate(7).content()).isEqualTo(first.generate(7).content());
        assertThat(new VariantGenerator(bases, "run-b", 0.1).generate(7).content()).isNotEqualTo(first.generate(7).content());
    }

    private static ExtractedDocument read(byte[] content) {
        ExtractionResult result = EXTRACTOR.extract(content);
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) result).document();
    }

    private static Map<String, Long> findings(ExtractedDocument document) {
        return BaseCalibration.findings(document);
    }
}
