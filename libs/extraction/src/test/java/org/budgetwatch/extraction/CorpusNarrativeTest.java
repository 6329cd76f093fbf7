package org.budgetwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.StatementKind;
import org.junit.jupiter.api.Test;

/** The numeric statements of the corpus narratives, including the ones that disagree with the tables. */
class CorpusNarrativeTest {

    private static final Path CORPUS = Path.of("../../corpus");
    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());

    @Test
    void shouldReadSharesOfTheWhole() throws IOException {
        NarrativeStatement basic = statement("beijing-dongcheng-medical-security-2024-budget.txt", "基本支出", StatementKind.SHARE);

        assertThat(value(basic, StatedValue.AMOUNT)).isEqualByComparingTo("2726.30");
        assertThat(value(basic, StatedValue.SHARE)).isEqualByComparingTo("6.69");
        assertThat(basic.line()).isEqualTo(570);
    }

    @Test
    void shouldReadYearOverYearChangesWithTheirSign() throws IOException {
        NarrativeStatement threePublic = statement("wuhan-dongxihu-medical-security-2024-budget.txt", "一般公共预算\"三公\"经费支出",
                StatementKind.YEAR_OVER_YEAR);

        assertThat(value(threePublic, StatedValue.AMOUNT)).isEqualByComparingTo("0.8");
        assertThat(value(threePublic, StatedValue.PRIOR_YEAR)).isEqualByComparingTo("2023");
        assertThat(value(threePublic, StatedValue.CHANGE)).isEqualByComparingTo("-4");
        assertThat(value(threePublic, StatedValue.RATE)).as("the impossible 下降400%, read as printed").isEqualByComparingTo("-400");
    }

    @Test
    void shouldLinkAStatementToTheRowItsSubjectNames() throws IOException {
        ExtractedDocument d = extract("wuhan-dongxihu-medical-security-2024-budget.txt");
        NarrativeStatement retirees = d.statements().stream()
                .filter(s -> "社会保障和就业支出-行政事业单位养老支出-行政单位离退休".equals(s.subject())).findFirst().orElseThrow();

        assertThat(retirees.tableIndex()).isNotNull();
        assertThat(d.tables().get(retirees.tableIndex()).rows().get(retirees.rowIndex()).code()).isEqualTo("2080501");
        assertThat(value(retirees, StatedValue.CHANGE)).isEqualByComparingTo("5.3");
        assertThat(value(retirees, StatedValue.RATE)).isEqualByComparingTo("123");
    }

    @Test
    void shouldKeepBothFiguresWhenTheNarrativeContradictsItself() throws IOException {
        List<NarrativeStatement> publicFunds = extract("yanbian-medical-security-2024-budget.txt").statements().stream()
                .filter(s -> "公用经费".equals(s.subject())).toList();

        assertThat(publicFunds).extracting(s -> value(s, StatedValue.AMOUNT))
                .usingElementComparator(BigDecimal::compareTo).contains(new BigDecimal("79.86"), new BigDecimal("79.96"));
    }

    @Test
    void shouldReadCounts() throws IOException {
        NarrativeStatement projects = statement("yanbian-medical-security-2024-budget.txt", "二级项目", StatementKind.COUNT);

        assertThat(value(projects, StatedValue.COUNT)).isEqualByComparingTo("15");
    }

    private NarrativeStatement statement(String file, String subject, StatementKind kind) throws IOException {
        return extract(file).statements().stream().filter(s -> subject.equals(s.subject()) && s.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " statement about " + subject));
    }

    private static BigDecimal value(NarrativeStatement statement, String role) {
        return statement.values().stream().filter(v -> v.role().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " in " + statement)).amount().value();
    }

    private ExtractedDocument extract(String file) throws IOException {
        return ((ExtractionResult.Extracted) extractor.extract(Files.readAllBytes(CORPUS.resolve(file)))).document();
    }
}
