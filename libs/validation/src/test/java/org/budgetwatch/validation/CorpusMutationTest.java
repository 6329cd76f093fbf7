package org.budgetwatch.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.arithmetic.RowTotal;
import org.budgetwatch.extraction.arithmetic.TableIdentities;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.StatementKind;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValidationReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Perturbs one printed figure at a time in the corpus documents — a table cell, a table total, a narrative amount, a
 * percentage, a unit word — and checks that each perturbation gives rise to a finding (ERROR or WARNING) the
 * untouched document does not have, while the untouched document's findings stay exactly as they were.
 */
class CorpusMutationTest {

    private static final List<String> CORPUS = List.of("baoding-mancheng-medical-security-2024-unit-budget.txt",
            "beijing-dongcheng-medical-security-2024-budget.txt", "wuhan-dongxihu-medical-security-2024-budget.txt",
            "yanbian-medical-security-2024-budget.txt");

    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
    private final DisclosureValidator validator = new DisclosureValidator(RuleCatalogue.standard(), false);

    /** One figure to change: where it is printed (a line at or after {@code line}), its text and its replacement. */
    record Mutation(String kind, int line, String printed, String replacement) {

        String apply(String text) {
            List<String> lines = new ArrayList<>(text.lines().toList());
            for (int i = Math.max(0, line - 2); i < Math.min(lines.size(), line + 40); i++) {
                int at = lines.get(i).indexOf(printed);
                if (at >= 0) {
                    String l = lines.get(i);
                    lines.set(i, l.substring(0, at) + replacement + l.substring(at + printed.length()));
                    return String.join("\n", lines) + "\n";
                }
            }
            throw new AssertionError(kind + ": \"" + printed + "\" not found near line " + line);
        }
    }

    @Test
    void theUntouchedCorpusShouldGiveTheSameFindingsOnEveryRun() {
        for (String file : CORPUS) {
            String text = read(file);
            assertThat(keys(validate(text))).as(file).isEqualTo(keys(validate(text)));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPerturbationShouldBeDetected() {
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> kindsCovered = new java.util.TreeSet<>();
        for (String file : CORPUS) {
            String text = read(file);
            ExtractedDocument document = extract(text);
            Set<String> before = keys(validator.validate(document));
            for (Mutation mutation : mutations(document)) {
                kindsCovered.add(mutation.kind());
                tests.add(DynamicTest.dynamicTest(file + ": " + mutation.kind() + " " + mutation.printed() + " → " + mutation.replacement(), () -> {
                    Set<String> after = keys(validate(mutation.apply(text)));
                    assertThat(after).as("findings after the change").isNotEqualTo(before);
                    assertThat(after.stream().filter(k -> !before.contains(k)).toList()).as("new findings").isNotEmpty();
                }));
            }
        }
        assertThat(kindsCovered).containsExactlyInAnyOrder("cell", "total", "narrative amount", "percentage", "unit word");
        return tests.stream();
    }

    private List<Mutation> mutations(ExtractedDocument document) {
        List<Mutation> mutations = new ArrayList<>();
        identityToPerturb(document).ifPresent(identity -> {
            TableRow part = identity.partRows().stream().filter(r -> cellText(r, identity).isPresent()).findFirst().orElseThrow();
            String partText = cellText(part, identity).orElseThrow();
            mutations.add(new Mutation("cell", part.line(), partText, bump(partText)));
            String totalText = identity.total().printed();
            mutations.add(new Mutation("total", identity.totalRow().line(), totalText, bump(totalText)));
        });
        document.statements().stream().filter(s -> s.kind() == StatementKind.AMOUNT && s.tableIndex() != null).filter(s -> checkedAmount(document, s))
                .findFirst().ifPresent(s -> {
                    PrintedAmount amount = amount(s, StatedValue.AMOUNT).orElseThrow();
                    mutations.add(new Mutation("narrative amount", s.line(), amount.printed(), bump(amount.printed())));
                    if (amount.unit() == AmountUnit.WAN_YUAN && s.text().contains(amount.printed() + "万元")) {
                        mutations.add(new Mutation("unit word", s.line(), amount.printed() + "万元", amount.printed() + "元"));
                    } else if (amount.unit() == AmountUnit.WAN_YUAN && s.text().contains(amount.printed() + " 万元")) {
                        mutations.add(new Mutation("unit word", s.line(), amount.printed() + " 万元", amount.printed() + " 元"));
                    }
                });
        document.statements().stream().filter(s -> s.kind() == StatementKind.SHARE || s.kind() == StatementKind.YEAR_OVER_YEAR)
                .map(s -> amount(s, s.kind() == StatementKind.SHARE ? StatedValue.SHARE : StatedValue.RATE).map(p -> new Mutation("percentage",
                        s.line(), p.printed() + "%", bump(p.printed()) + "%")))
                .flatMap(Optional::stream).findFirst().ifPresent(mutations::add);
        return mutations;
    }

    /** The first total-row identity of a standard table whose figures were read without OCR repairs. */
    private static Optional<RowTotal> identityToPerturb(ExtractedDocument document) {
        for (ExtractedTable table : document.tables()) {
            for (RowTotal identity : TableIdentities.rowTotals(table)) {
                boolean clean = identity.parts().stream().allMatch(p -> p.repairs().isEmpty()) && identity.total().repairs().isEmpty();
                if (clean && identity.total().value().signum() != 0 && identity.parts().size() >= 2) {
                    return Optional.of(identity);
                }
            }
        }
        return Optional.empty();
    }

    /** A narrative amount that equals a figure of the row it is linked to, so NARR-AMOUNT compares them. */
    private static boolean checkedAmount(ExtractedDocument document, NarrativeStatement statement) {
        Optional<PrintedAmount> stated = amount(statement, StatedValue.AMOUNT).filter(a -> a.value().signum() > 0 && a.repairs().isEmpty());
        TableRow row = document.tables().get(statement.tableIndex()).rows().get(statement.rowIndex());
        return stated.isPresent() && row.cells().stream().map(TableCell::amount)
                .anyMatch(a -> a != null && a.value().compareTo(stated.get().value()) == 0);
    }

    private static Optional<String> cellText(TableRow row, RowTotal identity) {
        return row.cell(identity.column().index()).map(TableCell::amount).filter(a -> a != null && a.repairs().isEmpty())
                .map(PrintedAmount::printed);
    }

    private static Optional<PrintedAmount> amount(NarrativeStatement statement, String role) {
        return statement.values().stream().filter(v -> v.role().equals(role)).map(StatedValue::amount).findFirst();
    }

    /** Changes the last digit before the decimal point by 3: 1,475.79 → 1,478.79; 9.42 → 2.42. */
    static String bump(String printed) {
        int point = printed.indexOf('.');
        int at = (point < 0 ? printed.length() : point) - 1;
        while (at >= 0 && !Character.isDigit(printed.charAt(at))) {
            at--;
        }
        char digit = (char) ('0' + (printed.charAt(at) - '0' + 3) % 10);
        return printed.substring(0, at) + digit + printed.substring(at + 1);
    }

    private ValidationReport validate(String text) {
        return validator.validate(extract(text));
    }

    private ExtractedDocument extract(String text) {
        ExtractionResult result = extractor.extract(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) result).document();
    }

    /** What a finding says, so that a changed figure in an existing finding counts as a change too. */
    private static Set<String> keys(ValidationReport report) {
        return report.findings().stream().filter(f -> f.severity() != Severity.INFO).map(CorpusMutationTest::key).collect(Collectors.toSet());
    }

    private static String key(Finding finding) {
        return finding.fingerprint() + " " + finding.messageZh();
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of("../../corpus", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
