package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.StatementKind;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.rules.ShareWholes.Whole;

/**
 * NARR-SHARE: "基本支出 2726.30 万元，占 6.69%" must equal the part over the whole it is a share of, within rounding.
 * The whole is taken only where the text makes it certain ({@link ShareWholes}): the amount the sentence names as the
 * whole ("占本年支出合计的 99.92%", "占“三公”经费的 13.77%"), or the sum of the shares listed with it when together they
 * make 100%. A share that differs from that whole is an ERROR, or a WARNING where only cutting the last digit explains it
 * ({@link PrintedRates}, the policy of every narrative rate). Otherwise the whole is not known: any amount stated a
 * few lines before that the share fits lets it pass, and a share that fits none is an INFO naming the nearest (a
 * guessed whole never makes a warning). A sentence that names a whole the document does not state is not checked.
 */
public final class NarrShareRule implements Rule {

    public static final String ID = "NARR-SHARE";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int LOOKBACK_LINES = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "narrative";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        List<NarrativeStatement> statements = document.statements();
        ShareWholes wholes = new ShareWholes(document);
        for (int i = 0; i < statements.size(); i++) {
            NarrativeStatement statement = statements.get(i);
            if (statement.kind() != StatementKind.SHARE) {
                continue;
            }
            Optional<PrintedAmount> part = Statements.value(statement, StatedValue.AMOUNT);
            Optional<PrintedAmount> share = Statements.value(statement, StatedValue.SHARE);
            if (part.isEmpty() || share.isEmpty()) {
                continue;
            }
            Interval stated = Interval.ofPrinted(share.get());
            Optional<Whole> whole = wholes.of(i);
            if (whole.isPresent()) {
                PrintedAmount printedPart = whole.get().part(statement, part.get());
                Optional<Interval> expected = expected(printedPart, whole.get().value());
                PrintedRates verdict = expected.map(e -> PrintedRates.of(e, share.get())).orElse(PrintedRates.AGREES);
                if (verdict == PrintedRates.AGREES) {
                    sink.passed(ID);
                } else {
                    sink.failed(finding(verdict.severity(), statement, whole.get(), printedPart, share.get(), expected.get(), stated, verdict));
                }
            } else if (ShareWholes.namedWhole(statement).isEmpty()) {
                guessed(statements, i, part.get(), share.get(), stated, sink);
            }
        }
    }

    /** A share of an unnamed whole: it passes when some amount stated before fits; otherwise an INFO, the whole being a guess. */
    private void guessed(List<NarrativeStatement> statements, int index, PrintedAmount part, PrintedAmount share, Interval stated, CheckSink sink) {
        List<NarrativeStatement> candidates = wholesBefore(statements, index, part.value());
        if (candidates.isEmpty()) {
            return;
        }
        List<Whole> wholes = candidates.stream().map(c -> {
            PrintedAmount amount = Statements.value(c, StatedValue.AMOUNT).orElseThrow();
            return new Whole(Interval.ofPrinted(amount), c.subject(), amount.printed(), c);
        }).toList();
        if (wholes.stream().map(w -> expected(part, w.value())).flatMap(Optional::stream).anyMatch(e -> e.intersects(stated))) {
            sink.passed(ID);
            return;
        }
        Whole nearest = wholes.get(0);
        expected(part, nearest.value()).ifPresent(e -> sink.failed(finding(Severity.INFO, statements.get(index), nearest, part, share, e, stated, PrintedRates.of(e, share))));
    }

    private static Optional<Interval> expected(PrintedAmount part, Interval whole) {
        return Interval.ofPrinted(part).dividedBy(whole).map(s -> s.times(HUNDRED));
    }

    /**
     * The amounts a share may be of: every amount stated a few lines before, at least as large as the part, nearest
     * first. The share is right when it matches any of them.
     */
    private static List<NarrativeStatement> wholesBefore(List<NarrativeStatement> statements, int index, BigDecimal part) {
        List<NarrativeStatement> wholes = new java.util.ArrayList<>();
        int line = statements.get(index).line();
        for (int j = index - 1; j >= 0 && line - statements.get(j).line() <= LOOKBACK_LINES; j--) {
            Optional<PrintedAmount> amount = Statements.value(statements.get(j), StatedValue.AMOUNT);
            // the printed numbers are what the writer divided, whatever unit each was printed with
            if (part != null && amount.isPresent() && amount.get().value().compareTo(part) >= 0) {
                wholes.add(statements.get(j));
            }
        }
        return wholes;
    }

    private Finding finding(Severity severity, NarrativeStatement statement, Whole whole, PrintedAmount part, PrintedAmount share,
                            Interval expected, Interval stated, PrintedRates verdict) {
        String computed = expected.midpoint().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        String zh = "“" + Statements.named(statement) + "” " + part.printed() + " 占“" + whole.name() + "” " + whole.printed()
                + " 的 " + computed + "%，说明写作 " + share.printed() + "%" + PrintedRates.noteZh(verdict, expected, share);
        String en = "\"" + Statements.named(statement) + "\" " + part.printed() + " is " + computed + "% of \"" + whole.name() + "\" "
                + whole.printed() + ", the narrative says " + share.printed() + "%" + PrintedRates.noteEn(verdict, expected, share);
        List<FindingLocation> locations = new java.util.ArrayList<>(List.of(Statements.location(statement)));
        if (whole.statement() != null) {
            locations.add(Statements.location(whole.statement()));
        }
        return new Finding(ID, category(), severity, zh, en, expected, stated, stated.distanceTo(expected),
                List.of(part.printed(), whole.printed()), locations, Fingerprints.of(ID, statement.line(), statement.subject()), ValueUnit.PERCENT);
    }
}
