package org.budgetwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Golden files: the whole `extract --json` output of each corpus document, compared with src/test/resources/golden. */
class GoldenExtractionTest {

    @ParameterizedTest
    @FieldSource("org.budgetwatch.cli.GoldenFiles#DOCUMENTS")
    void shouldExtractExactlyWhatTheGoldenFileHolds(String name) throws IOException {
        byte[] content = Files.readAllBytes(GoldenFiles.CORPUS.resolve(name + ".txt"));
        GoldenFiles.assertMatches(Path.of("src/test/resources/golden", name + ".json"),
                ExtractionJson.of(name + ".txt", content, new DisclosureExtractor(ExtractionLimits.defaults()).extract(content)));
    }
}
