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
import org.budgetwatch.validation.report.Severity;

/**
 * NARR-YOY: "本年 X 万元，比上年增加/减少 C 万元，增长/下降 R%" must be arithmetic: the prior year's amount is
 * X − C, and R must be C / (X − C), all within the rounding of the printed figures. A fall of more than 100% is
 * impossible whatever the figures. Rounding-only differences pass.
 */
public final class NarrYoyRule implements Rule {

    public static final String ID = "NARR-YOY";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "narrative";
    }

    /**
     * "收支总预算 3311.22 万元。比 2023 年预算增加 78.02 万元，增长 2.41%": a comparison without a subject of its own
     * continues the sentence before it, whose amount is the current figure.
     */
    private static Optional<PrintedAmount> previousAmount(List<NarrativeStatement> statements, int index) {
        NarrativeStatement statement = statements.get(index);
        if (index == 0 || statement.subject() != null || !statement.text().strip().startsWith("比")) {
            return Optional.empty();
        }
        NarrativeStatement previous = statements.get(index - 1);
        if (previous.kind() != StatementKind.AMOUNT || Math.abs(previous.line() - statement.line()) > 1) {
            return Optional.empty();
        }
        return Statements.value(previous, StatedValue.AMOUNT);
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        List<NarrativeStatement> statements = document.statements();
        for (int s = 0; s < statements.size(); s++) {
            int index = s;
            NarrativeStatement statement = statements.get(index);
            if (statement.kind() != StatementKind.YEAR_OVER_YEAR) {
                continue;
            }
            Optional<PrintedAmount> rate = Statements.value(statement, StatedValue.RATE);
            if (rate.isEmpty()) {
                continue;
            }
            if (rate.get().value().compareTo(HUNDRED.negate()) < 0) {
                sink.failed(impossibleFall(statement, rate.get()));
                continue;
            }
            Optional<PrintedAmount> current = Statements.value(statement, StatedValue.AMOUNT).or(() -> previousAmount(statements, index));
            Optional<PrintedAmount> change = Statements.value(statement, StatedValue.CHANGE);
            if (current.isEmpty() || change.isEmpty()) {
                continue;
            }
            Interval prior = Interval.ofPrinted(current.get()).minus(Interval.ofPrinted(change.get()));
            Optional<Interval> expected = Interval.ofPrinted(change.get()).dividedBy(prior).map(i -> i.times(HUNDRED));
            if (expected.isEmpty()) {
                continue;
            }
            Interval stated = Interval.ofPrinted(rate.get());
            if (expected.get().intersects(stated)) {
                sink.passed(ID);
            } else {
                sink.failed(wrongRate(statement, rate.get(), expected.get(), stated, current.get(), change.get()));
            }
        }
    }

    private Finding impossibleFall(NarrativeStatement statement, PrintedAmount rate) {
        String zh = "“" + statement.subject() + "”下降 " + rate.printed() + "%：降幅不可能超过 100%";
        String en = "\"" + statement.subject() + "\" falls by " + rate.printed() + "%: a fall cannot exceed 100%";
        Interval stated = Interval.ofPrinted(rate);
        Interval possible = new Interval(HUNDRED.negate(), HUNDRED.negate());
        return new Finding(ID, category(), Severity.ERROR, zh, en, possible, stated, stated.distanceTo(possible), List.of(rate.printed()),
                List.of(Statements.location(statement)), Fingerprints.of(ID, "impossible", statement.line(), statement.subject()));
    }

    private Finding wrongRate(NarrativeStatement statement, PrintedAmount rate, Interval expected, Interval stated,
                              PrintedAmount current, PrintedAmount change) {
        BigDecimal midpoint = expected.midpoint().setScale(2, java.math.RoundingMode.HALF_UP);
        String zh = "“" + statement.subject() + "”：本年 " + current.printed() + "，变动 " + change.value().toPlainString()
                + "，应为 " + midpoint.toPlainString() + "%，说明写作 " + rate.value().toPlainString() + "%";
        String en = "\"" + statement.subject() + "\": " + current.printed() + " with a change of " + change.value().toPlainString()
                + " gives " + midpoint.toPlainString() + "%, the narrative says " + rate.value().toPlainString() + "%";
        return new Finding(ID, category(), Severity.ERROR, zh, en, expected, stated, stated.distanceTo(expected),
                List.of(current.printed(), change.printed()), List.of(Statements.location(statement)),
                Fingerprints.of(ID, "rate", statement.line(), statement.subject()));
    }
}
