package org.budgetwatch.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValidationReport;
import org.budgetwatch.validation.rules.CompleteEmptyNoteRule;
import org.budgetwatch.validation.rules.UnitScaleRule;
import org.budgetwatch.validation.rules.NarrAmountRule;
import org.budgetwatch.validation.rules.XtabBalanceRule;
import org.budgetwatch.validation.rules.ArithTotalRowRule;
import org.budgetwatch.validation.rules.NarrYoyRule;
import org.junit.jupiter.api.Test;

/** The real discrepancies of the corpus are found; its rounding-only differences are never errors. */
class CorpusValidationTest {

    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
    private final DisclosureValidator validator = new DisclosureValidator(RuleCatalogue.standard(), true);

    @Test
    void shouldFindTheImpossibleFourHundredPercentFallInWuhan() throws IOException {
        ValidationReport report = validate("wuhan-dongxihu-medical-security-2024-budget.txt");

        assertThat(errors(report, NarrYoyRule.ID)).anySatisfy(f -> {
            assertThat(f.messageZh()).contains("400").contains("三公");
            assertThat(f.locations().get(0).sentence()).contains("下降400%");
        });
    }

    @Test
    void shouldFindTheYanbianPublicFundsThatDisagreeWithTheTable() throws IOException {
        ValidationReport report = validate("yanbian-medical-security-2024-budget.txt");

        assertThat(errors(report, NarrAmountRule.ID)).anySatisfy(f -> {
            assertThat(f.messageZh()).contains("79.96").contains("79.86");
            assertThat(f.locations()).extracting(l -> l.columnPath()).contains("公用经费");
        });
    }

    @Test
    void shouldFindAnAmountPrintedInYuanWhereTheTablesHoldWanYuan() throws IOException {
        ValidationReport report = validate("yanbian-medical-security-2024-budget.txt");

        assertThat(errors(report, UnitScaleRule.ID)).anySatisfy(f -> assertThat(f.messageZh()).contains("1,144.52元"));
    }

    @Test
    void shouldAskEmptyTablesForTheirExplanation() throws IOException {
        ValidationReport yanbian = validate("yanbian-medical-security-2024-budget.txt");
        ValidationReport beijing = validate("beijing-dongcheng-medical-security-2024-budget.txt");

        assertThat(yanbian.findings()).filteredOn(f -> f.ruleId().equals(CompleteEmptyNoteRule.ID))
                .extracting(f -> f.locations().get(0).tableTitle()).containsExactlyInAnyOrder("政府性基金预算支出表", "国有资本经营预算支出表");
        assertThat(yanbian.completeness().missing()).isEmpty();
        assertThat(beijing.completeness().emptyWithNote()).hasSize(3);
        assertThat(beijing.findings()).noneMatch(f -> f.ruleId().startsWith("COMPLETE"));
    }

    @Test
    void shouldFindEverySummaryBalanced() throws IOException {
        for (String file : new String[] {"beijing-dongcheng-medical-security-2024-budget.txt", "wuhan-dongxihu-medical-security-2024-budget.txt",
                "yanbian-medical-security-2024-budget.txt", "baoding-mancheng-medical-security-2024-unit-budget.txt"}) {
            ValidationReport report = validate(file);
            assertThat(report.tallies()).filteredOn(t -> t.ruleId().equals(XtabBalanceRule.ID))
                    .singleElement().satisfies(t -> {
                        assertThat(t.checks()).as(file).isPositive();
                        assertThat(t.failed()).as(file).isZero();
                    });
        }
    }

    @Test
    void shouldReportBeijingRoundingOnlyAsInfoAndNoError() throws IOException {
        ValidationReport report = validate("beijing-dongcheng-medical-security-2024-budget.txt");

        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals(ArithTotalRowRule.ID))
                .isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void shouldRaiseNoErrorOnTheBaodingDocument() throws IOException {
        assertThat(validate("baoding-mancheng-medical-security-2024-unit-budget.txt").count(Severity.ERROR)).isZero();
    }

    private ValidationReport validate(String file) throws IOException {
        ExtractionResult result = extractor.extract(Files.readAllBytes(Path.of("../../corpus", file)));
        return validator.validate(((ExtractionResult.Extracted) result).document());
    }

    private static java.util.List<Finding> errors(ValidationReport report, String ruleId) {
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.severity() == Severity.ERROR).toList();
    }
}
