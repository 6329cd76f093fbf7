package org.budgetwatch.validation.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.arithmetic.TableConfidence;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's measure of detection: in each text disclosure of the corpus, every printed figure (a table's amount
 * cells, the narrative's amounts, changes, shares and rates) is changed beyond rounding, one at a time — a few units
 * up in its last whole digit, and two adjacent digits swapped — and the changed text is read and validated again.
 * A change is <em>constrained</em> when another printed figure contradicts it: the published document states a
 * relation among its figures (a total row, a code and its sub-codes, a column of sums, the same figure in two tables,
 * a class and its rows elsewhere, a narrative amount, share or rate) that held within rounding and no longer does.
 * Those relations are found by {@link DocumentRelations} from the figures and the tables' structure, never by the
 * validator's rules, so the measure is not circular. A constrained change is <em>detected</em> when a new ERROR or
 * WARNING finding points at the changed figure's table or sentence.
 *
 * <p>Besides, every figure printed with decimals is printed once with one decimal fewer (400.35 → 400.4): a
 * rounding-only change, under which every relation that held still holds; none of those may give a new ERROR.
 *
 * <p>The build runs a deterministic sample ({@link #SAMPLE_PER_DOCUMENT} figures a document, seed {@link #SEED});
 * {@code -Dbudgetwatch.mutation.all=true} changes every figure (the figures in docs/rules.md).
 */
class MutationDetectionTest {

    static final List<String> CORPUS = List.of("baoding-mancheng-medical-security-2024-unit-budget", "beijing-dongcheng-medical-security-2024-budget",
            "wuhan-dongxihu-medical-security-2024-budget", "yanbian-medical-security-2024-budget");

    /**
     * The sample measured 99.2% on 2026-12-06 with the carried-over checks, the narrative rules and the reader of OCR'd
     * headers, every figure 96.6% (docs/rules.md, "Measured by changing printed figures"); raise them as rules improve.
     * Issue 17 asks 95% of every figure.
     */
    static final double DETECTION_FLOOR = 0.98;
    static final double DETECTION_FLOOR_EVERY_FIGURE = 0.96;

    static final long SEED = 17;
    static final int SAMPLE_PER_DOCUMENT = 60;

    private static final Path CORPUS_DIR = Path.of("../../corpus");

    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
    private final DisclosureValidator validator = new DisclosureValidator(RuleCatalogue.standard(), false);

    /** What became of one change. */
    record Outcome(FigureChange change, boolean applied, List<String> contradictedBy, boolean detected, List<Finding> fresh) {

        List<Finding> newErrors() {
            return fresh.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        }

        /** The new findings, where they point: what a change that is not detected gave instead. */
        String freshFindings() {
            return fresh.isEmpty() ? "none" : fresh.stream().map(f -> f.severity() + " " + f.ruleId() + " at " + f.locations().stream()
                    .map(l -> l.tableIndex() != null ? "table " + l.tableIndex() : "line " + l.line()).distinct().toList()).collect(Collectors.joining("; "));
        }

        boolean constrained() {
            return applied && !contradictedBy.isEmpty();
        }
    }

    @Test
    void shouldDetectTheChangedFiguresAnotherPrintedFigureContradicts() throws IOException {
        boolean all = Boolean.getBoolean("budgetwatch.mutation.all");
        int constrained = 0;
        int detected = 0;
        int roundingOnly = 0;
        List<String> roundingErrors = new ArrayList<>();
        for (String document : CORPUS) {
            List<String> lines = Files.readString(CORPUS_DIR.resolve(document + ".txt"), StandardCharsets.UTF_8).lines().toList();
            // the text as every change writes it back (lines joined, one final newline), so that only the change differs
            ExtractedDocument published = extract(String.join("\n", lines) + "\n").orElseThrow();
            List<Finding> publishedFindings = validator.validate(published).findings();
            Set<String> before = keys(publishedFindings);
            Set<String> errorsBefore = publishedFindings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::fingerprint).collect(Collectors.toSet());
            Map<String, PrintedFigure> figures = new LinkedHashMap<>();
            PrintedFigure.of(published, lines).forEach(f -> figures.put(f.id(), f));
            List<Relation> relations = DocumentRelations.of(published, figures);

            List<PrintedFigure> chosen = new ArrayList<>(figures.values());
            if (!all && chosen.size() > SAMPLE_PER_DOCUMENT) {
                Collections.shuffle(chosen, new Random(SEED));
                chosen = chosen.subList(0, SAMPLE_PER_DOCUMENT);
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (PrintedFigure figure : chosen) {
                for (FigureChange change : FigureChange.beyondRounding(figure)) {
                    outcomes.add(outcome(change, lines, before, figures, relations));
                }
                Optional<FigureChange> rounding = FigureChange.oneDecimalFewer(figure);
                if (rounding.isPresent()) {
                    Outcome outcome = outcome(rounding.get(), lines, before, figures, relations);
                    if (outcome.applied()) {
                        roundingOnly++;
                        outcome.newErrors().stream().filter(e -> !errorsBefore.contains(e.fingerprint())).forEach(e -> roundingErrors.add(document + ": " + describe(rounding.get()) + " → " + e.ruleId() + " " + e.messageZh()));
                    }
                }
            }
            // a table the reader reports as read with doubt is judged by no rule on purpose (READ-DOUBTFUL-TABLE): counted apart
            Set<Integer> doubtful = published.tables().stream().filter(t -> TableConfidence.of(t).doubtful()).map(ExtractedTable::index).collect(Collectors.toSet());
            List<Outcome> withheld = outcomes.stream().filter(o -> o.constrained() && o.change().figure().inTable() && doubtful.contains(o.change().figure().table()))
                    .toList();
            List<Outcome> bound = outcomes.stream().filter(o -> o.constrained() && !withheld.contains(o)).toList();
            long found = bound.stream().filter(Outcome::detected).count();
            long related = figures.values().stream().filter(f -> relations.stream().anyMatch(r -> r.involves(f.id()))).count();
            System.out.printf("MutationDetectionTest: %-52s figures %4d  related %4d  changes %4d  applied %4d  constrained %4d  detected %4d  %6s"
                            + "  (constrained in tables read with doubt, not judged: %d)%n", document, figures.size(), related, outcomes.size(),
                    outcomes.stream().filter(Outcome::applied).count(), bound.size(), found, percent(found, bound.size()), withheld.size());
            bound.stream().filter(o -> !o.detected()).forEach(o -> System.out.println("    undetected  " + describe(o.change()) + "  contradicted by " + o.contradictedBy()
                    + "; new findings: " + o.freshFindings()));
            outcomes.stream().filter(o -> !o.applied()).forEach(o -> System.out.println("    not applied " + describe(o.change())));
            constrained += bound.size();
            detected += (int) found;
        }
        double rate = constrained == 0 ? 1.0 : (double) detected / constrained;
        System.out.printf("MutationDetectionTest: corpus%s  constrained %d  detected %d  %s;  rounding-only changes %d, of which ERROR %d%n",
                all ? " (every figure)" : " (sample of " + SAMPLE_PER_DOCUMENT + " figures a document, seed " + SEED + ")", constrained, detected,
                percent(detected, constrained), roundingOnly, roundingErrors.size());
        roundingErrors.forEach(e -> System.out.println("    rounding ERROR  " + e));

        assertThat(roundingErrors).as("rounding-only changes reported as ERROR").isEmpty();
        assertThat(rate).as("share of constrained changes detected").isGreaterThanOrEqualTo(all ? DETECTION_FLOOR_EVERY_FIGURE : DETECTION_FLOOR);
    }

    private Outcome outcome(FigureChange change, List<String> lines, Set<String> before, Map<String, PrintedFigure> figures, List<Relation> relations) {
        List<Relation> own = relations.stream().filter(r -> r.involves(change.figure().id())).toList();
        List<String> contradictedBy = contradictions(change, own, figures);
        for (int occurrence = 0; occurrence < 8; occurrence++) {
            Optional<String> text = change.applyTo(lines, occurrence);
            if (text.isEmpty()) {
                break;
            }
            Optional<ExtractedDocument> changed = extract(text.get()).filter(d -> readsChange(d, change));
            if (changed.isPresent()) {
                List<Finding> fresh = validator.validate(changed.get()).findings().stream()
                        .filter(f -> f.severity() != Severity.INFO && !before.contains(key(f))).toList();
                boolean detected = fresh.stream().anyMatch(f -> f.locations().stream().anyMatch(l -> pointsAt(l, change)));
                return new Outcome(change, true, contradictedBy, detected, fresh);
            }
        }
        return new Outcome(change, false, contradictedBy, false, List.of());
    }

    private static List<String> contradictions(FigureChange change, List<Relation> own, Map<String, PrintedFigure> figures) {
        Interval changed = change.figure().interval(change.amount());
        return own.stream().filter(r -> DocumentRelations.constrains(r, change.figure(), changed, figures)).map(Relation::kind).distinct().toList();
    }

    /** Whether the changed document reads the changed figure where the published one read the original. */
    private static boolean readsChange(ExtractedDocument document, FigureChange change) {
        PrintedFigure figure = change.figure();
        if (figure.inTable()) {
            return figure.table() < document.tables().size() && figure.row() < document.tables().get(figure.table()).rows().size()
                    && document.tables().get(figure.table()).rows().get(figure.row()).cell(figure.column()).map(TableCell::amount)
                    .map(PrintedAmount::printed).filter(change.replacement()::equals).isPresent();
        }
        return document.statements().stream().filter(s -> s.line() == figure.firstLine())
                .anyMatch(s -> s.values().stream().anyMatch(v -> v.role().equals(figure.role()) && v.amount().printed().equals(change.replacement())));
    }

    /** A finding points at a changed cell by its table, at a changed sentence by its line. */
    private static boolean pointsAt(FindingLocation location, FigureChange change) {
        PrintedFigure figure = change.figure();
        if (figure.inTable()) {
            return Objects.equals(location.tableIndex(), figure.table());
        }
        return Objects.equals(location.line(), figure.firstLine()) || location.sentence() != null && location.sentence().contains(change.replacement());
    }

    private Optional<ExtractedDocument> extract(String text) {
        ExtractionResult result = extractor.extract(text.getBytes(StandardCharsets.UTF_8));
        return result instanceof ExtractionResult.Extracted extracted ? Optional.of(extracted.document()) : Optional.empty();
    }

    private static Set<String> keys(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).map(MutationDetectionTest::key).collect(Collectors.toSet());
    }

    /** What a finding says, so that a figure changed inside an existing finding counts as new. */
    private static String key(Finding finding) {
        return finding.fingerprint() + " " + finding.messageZh();
    }

    private static String describe(FigureChange change) {
        return change.figure().description() + " | " + change.figure().amount().printed() + " → " + change.replacement() + " (" + change.how() + ", line "
                + change.figure().firstLine() + ")";
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }
}
