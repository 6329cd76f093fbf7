package org.budgetwatch.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.DocumentMetadata;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValidationReport;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.rules.CheckSink;
import org.budgetwatch.validation.rules.CompleteTablesRule;
import org.budgetwatch.validation.rules.Fingerprints;
import org.budgetwatch.validation.rules.Rule;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    private static ExtractedDocument document(DocumentKind kind, String region) {
        return new ExtractedDocument("text/plain", new DocumentMetadata("t", "某局", region, 2024, kind), List.of(), List.of());
    }

    /** A rule that always finds one discrepancy, to see what overrides do to it. */
    private static final Rule ALWAYS = new Rule() {
        @Override
        public String id() {
            return "ALWAYS";
        }

        @Override
        public String category() {
            return "test";
        }

        @Override
        public void check(ExtractedDocument document, CheckSink sink) {
            sink.failed(new Finding("ALWAYS", "test", Severity.ERROR, "总是", "always", null, null, null, List.of(), List.of(), Fingerprints.of("ALWAYS"),
                    ValueUnit.NONE));
        }
    };

    @Test
    void shouldChooseTheRuleSetByDocumentKindAndIncludePluginRules() {
        RuleCatalogue catalogue = RuleCatalogue.standard();
        assertThat(catalogue.forKind(DocumentKind.DEPARTMENT_BUDGET).version()).startsWith("budget-2024.17");
        assertThat(catalogue.forKind(DocumentKind.UNKNOWN).version()).startsWith("budget-2024.17");
        RuleSet finalAccounts = catalogue.forKind(DocumentKind.DEPARTMENT_FINAL_ACCOUNTS);
        assertThat(finalAccounts.version()).startsWith("final-2024.13");
        assertThat(finalAccounts.rules()).extracting(Rule::id).contains(CompleteTablesRule.ID, "ARITH-TOTAL-ROW", "TEST-PLUGIN");
        assertThat(catalogue.forKind(DocumentKind.UNIT_BUDGET).version()).isEqualTo("budget-2024.17+TEST-PLUGIN");

        ValidationReport report = new DisclosureValidator(catalogue, true).validate(document(DocumentKind.UNIT_FINAL_ACCOUNTS, "北京市"));
        assertThat(report.rulesetVersion()).isEqualTo("final-2024.13+TEST-PLUGIN");
        assertThat(report.tallies()).extracting(t -> t.ruleId()).contains("TEST-PLUGIN");
    }

    @Test
    void overridesShouldDisableRulesAndChangeSeveritiesEverywhereOrByRegion() {
        Properties settings = new Properties();
        settings.setProperty("severity.ALWAYS", "WARNING");
        settings.setProperty("region.北京市.severity.ALWAYS", "INFO");
        settings.setProperty("region.北京市东城区.disabled", "ALWAYS");
        RuleCatalogue catalogue = RuleCatalogue.of("test", List.of(ALWAYS)).withOverrides(RuleOverrides.of(settings));
        DisclosureValidator validator = new DisclosureValidator(catalogue, true);

        assertThat(validator.validate(document(DocumentKind.DEPARTMENT_BUDGET, "吉林省")).findings()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(validator.validate(document(DocumentKind.DEPARTMENT_BUDGET, "北京市海淀区")).findings()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        ValidationReport dongcheng = validator.validate(document(DocumentKind.DEPARTMENT_BUDGET, "北京市东城区"));
        assertThat(dongcheng.findings()).isEmpty();
        assertThat(dongcheng.tallies()).isEmpty();
        assertThat(dongcheng.rulesetVersion()).isEqualTo("test+local");
    }

    @Test
    void badOverridesShouldBeRefusedWithAClearMessage() {
        Properties severity = new Properties();
        severity.setProperty("severity.ALWAYS", "FATAL");
        assertThatThrownBy(() -> RuleOverrides.of(severity)).hasMessageContaining("must be ERROR, WARNING or INFO");
        Properties unknown = new Properties();
        unknown.setProperty("disable", "ALWAYS");
        assertThatThrownBy(() -> RuleOverrides.of(unknown)).hasMessageContaining("unknown rule override disable");
    }

    @Test
    void aRuleThatFailsShouldNotCostTheDocumentItsReport() {
        Rule broken = new Rule() {
            @Override
            public String id() {
                return "BROKEN";
            }

            @Override
            public String category() {
                return "test";
            }

            @Override
            public void check(ExtractedDocument document, CheckSink sink) {
                throw new IllegalStateException("unexpected layout");
            }
        };
        ValidationReport report = new DisclosureValidator(RuleCatalogue.of("test", List.of(broken, ALWAYS)), true)
                .validate(document(DocumentKind.DEPARTMENT_BUDGET, null));
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("BROKEN", "ALWAYS");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("BROKEN")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("could not finish", "unexpected layout"));
    }
}
