package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValidationReport;

/** Small disclosures written as text (tab-separated tables), extracted as the product would read them. */
final class TextDocuments {

    static final String HEADER = "2024年某区某某局部门预算\n";

    private TextDocuments() {
    }

    static ExtractedDocument extract(String text) {
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) result).document();
    }

    static ValidationReport report(Rule rule, String text) {
        return new DisclosureValidator(RuleCatalogue.of("test", List.of(rule)), true).validate(extract(text));
    }

    static List<Finding> findings(Rule rule, String text) {
        return report(rule, text).findings();
    }

    static List<Finding> errorsAndWarnings(Rule rule, String text) {
        return findings(rule, text).stream().filter(f -> f.severity() != org.budgetwatch.validation.report.Severity.INFO).toList();
    }

    /** A disclosure of the text corpus as published, which must print the words a test changes. */
    static String corpus(String document, String mustContain) throws java.io.IOException {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("../../corpus", document + ".txt"), StandardCharsets.UTF_8);
        assertThat(text).contains(mustContain);
        return text;
    }

    static int checks(Rule rule, String text) {
        return report(rule, text).tallies().get(0).checks();
    }
}
