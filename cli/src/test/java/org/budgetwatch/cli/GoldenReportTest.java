package org.budgetwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Golden reports: the `report` field of `check --json` for each corpus document (ruleset, status, counts per rule,
 * every finding with its evidence), compared whole with src/test/resources/golden-reports.
 */
class GoldenReportTest {

    @ParameterizedTest
    @FieldSource("org.budgetwatch.cli.GoldenFiles#DOCUMENTS")
    void shouldReportExactlyWhatTheGoldenReportHolds(String name) throws IOException {
        byte[] content = Files.readAllBytes(GoldenFiles.CORPUS.resolve(name + ".txt"));
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(content);
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        var report = new DisclosureValidator(RuleCatalogue.standard(), true).validate(((ExtractionResult.Extracted) result).document());
        GoldenFiles.assertMatches(Path.of("src/test/resources/golden-reports", name + ".json"),
                CheckJson.of(ExtractionJson.of(name + ".txt", content, result), report, Severity.INFO).report());
    }
}
