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
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden reports: the `report` field of `check --json` for each corpus document (ruleset, status, counts per rule,
 * every finding with its evidence), compared whole. A deliberate change of the rules is recorded by running with
 * -Dgolden.update=true and reviewing the diff, finding by finding.
 */
class GoldenReportTest {

    private static final Path CORPUS = Path.of("../corpus");
    private static final Path GOLDEN = Path.of("src/test/resources/golden-reports");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    @ParameterizedTest
    @ValueSource(strings = {"baoding-mancheng-medical-security-2024-unit-budget", "beijing-dongcheng-medical-security-2024-budget",
            "wuhan-dongxihu-medical-security-2024-budget", "yanbian-medical-security-2024-budget"})
    void shouldReportExactlyWhatTheGoldenReportHolds(String name) throws IOException {
        byte[] content = Files.readAllBytes(CORPUS.resolve(name + ".txt"));
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(content);
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        var report = new DisclosureValidator(RuleCatalogue.standard(), true).validate(((ExtractionResult.Extracted) result).document());
        String actual = JSON.writeValueAsString(CheckJson.of(ExtractionJson.of(name + ".txt", content, result), report, Severity.INFO).report()) + "\n";
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden report; create it with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
