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
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.Severity;

/**
 * NARR-SHARE: "基本支出 2726.30 万元，占 6.69%" must equal the part over the whole it is a share of, within rounding.
 * The whole is not named: any amount stated a few lines before that is at least the part may be it (支出预算
 * 40734.65 万元，其中：…). A share that matches none is a WARNING naming the nearest candidate.
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
        for (int i = 0; i < statements.size(); i++) {
            NarrativeStatement statement = statements.get(i);
            if (statement.kind() != StatementKind.SHARE) {
                continue;
            }
            Optional<PrintedAmount> part = Statements.value(statement, StatedValue.AMOUNT);
            Optional<PrintedAmount> share = Statements.value(statement, StatedValue.SHARE);
            List<NarrativeStatement> wholes = wholesBefore(statements, i, part.map(PrintedAmount::value).orElse(null));
            if (part.isEmpty() || share.isEmpty() || wholes.isEmpty()) {
                continue;
            }
            Interval stated = Interval.ofPrinted(share.get());
            boolean matched = wholes.stream().map(w -> expected(part.get(), w)).flatMap(Optional::stream).anyMatch(e -> e.intersects(stated));
            if (matched) {
                sink.passed(ID);
                continue;
            }
            NarrativeStatement nearest = wholes.get(0);
            Optional<Interval> expected = expected(part.get(), nearest);
            if (expected.isPresent()) {
                PrintedAmount wholeAmount = Statements.value(nearest, StatedValue.AMOUNT).orElseThrow();
                sink.failed(finding(statement, nearest, part.get(), wholeAmount, share.get(), expected.get(), stated));
            }
        }
    }

    private static Optional<Interval> expected(PrintedAmount part, NarrativeStatement whole) {
        PrintedAmount wholeAmount = Statements.value(whole, StatedValue.AMOUNT).orElseThrow();
        return Interval.ofPrinted(part).dividedBy(Interval.ofPrinted(wholeAmount)).map(s -> s.times(HUNDRED));
    }

    /**
     * The amounts a share may be of: every amount stated a few lines before, at least as large as the part, nearest
     * first. The share is right when it matches any of them; only when it matches none is it reported.
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

    private Finding finding(NarrativeStatement statement, NarrativeStatement whole, PrintedAmount part, PrintedAmount wholeAmount,
                            PrintedAmount share, Interval expected, Interval stated) {
        String computed = expected.midpoint().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        String zh = "“" + statement.subject() + "” " + part.printed() + " 占“" + whole.subject() + "” " + wholeAmount.printed()
                + " 的 " + computed + "%，说明写作 " + share.printed() + "%";
        String en = "\"" + statement.subject() + "\" " + part.printed() + " is " + computed + "% of \"" + whole.subject() + "\" "
                + wholeAmount.printed() + ", the narrative says " + share.printed() + "%";
        return new Finding(ID, category(), Severity.WARNING, zh, en, expected, stated, stated.distanceTo(expected),
                List.of(part.printed(), wholeAmount.printed()), List.of(Statements.location(statement), Statements.location(whole)),
                Fingerprints.of(ID, statement.line(), statement.subject()), ValueUnit.PERCENT);
    }
}
