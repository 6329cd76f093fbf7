package org.budgetwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: the whole `extract --json` output of each corpus document, next to the input, compared whole.
 * A deliberate change of the extractor is recorded by running with -Dgolden.update=true and reviewing the diff.
 */
class GoldenExtractionTest {

    private static final Path CORPUS = Path.of("../corpus");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    @ParameterizedTest
    @ValueSource(strings = {"baoding-mancheng-medical-security-2024-unit-budget", "beijing-dongcheng-medical-security-2024-budget",
            "wuhan-dongxihu-medical-security-2024-budget", "yanbian-medical-security-2024-budget"})
    void shouldExtractExactlyWhatTheGoldenFileHolds(String name) throws IOException {
        byte[] content = Files.readAllBytes(CORPUS.resolve(name + ".txt"));
        ExtractionJson result = ExtractionJson.of(name + ".txt", content,
                new DisclosureExtractor(ExtractionLimits.defaults()).extract(content));
        String actual = JSON.writeValueAsString(result) + "\n";
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
