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
 * NARR-YOY: "本年 X 万元，比上年（比 2023 年预算、较上年、与上年相比）增加/减少 C 万元，增长/下降 R%" must be arithmetic:
 * the prior year's amount is X − C, and R must be C / (X − C), all within the rounding of the printed figures (ERROR
 * otherwise; rounding-only differences pass, and a rate cut rather than rounded is a WARNING: {@link PrintedRates}). A fall of more than 100% is impossible whatever the figures, and so is a
 * rate of change from a prior year of 0 (ERROR). 增加 with 下降 (or 减少 with 增长) is a wording slip, and a statement
 * that repeats the amount, change and rate of the one before it under another heading was copied and not updated
 * (WARNING both).
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
            if (change.get().value().signum() * rate.get().value().signum() < 0) {
                sink.failed(oppositeDirections(statement, change.get(), rate.get()));
                continue;
            }
            if (current.get().value().subtract(change.get().value()).signum() == 0 && rate.get().value().signum() != 0) {
                sink.failed(rateOfNothing(statement, current.get(), change.get(), rate.get()));
                continue;
            }
            Interval prior = Interval.ofPrinted(current.get()).minus(Interval.ofPrinted(change.get()));
            Optional<Interval> expected = Interval.ofPrinted(change.get()).dividedBy(prior).map(i -> i.times(HUNDRED));
            if (expected.isEmpty()) {
                continue;
            }
            repeatOf(statements, index, current.get(), change.get(), rate.get()).ifPresent(earlier -> sink.failed(repeated(statement, earlier)));
            Interval stated = Interval.ofPrinted(rate.get());
            PrintedRates verdict = PrintedRates.of(expected.get(), rate.get());
            if (verdict == PrintedRates.AGREES) {
                sink.passed(ID);
            } else {
                sink.failed(wrongRate(statement, rate.get(), expected.get(), stated, current.get(), change.get(), verdict));
            }
        }
    }

    /**
     * The YEAR_OVER_YEAR statement before this one, when it states the same amount, change and rate about another item:
     * a paragraph copied under a new heading and not updated. The same item named again (in another section) is no copy,
     * and income and expenditure of the same whole are equal by design ("收入预算 X 万元…；支出预算 X 万元…"), so a pair of them is not a repeat.
     */
    private static Optional<NarrativeStatement> repeatOf(List<NarrativeStatement> statements, int index, PrintedAmount current,
                                                         PrintedAmount change, PrintedAmount rate) {
        NarrativeStatement statement = statements.get(index);
        for (int p = index - 1; p >= 0; p--) {
            NarrativeStatement earlier = statements.get(p);
            if (earlier.kind() != StatementKind.YEAR_OVER_YEAR) {
                continue;
            }
            boolean same = same(Statements.value(earlier, StatedValue.AMOUNT), current)
                    && same(Statements.value(earlier, StatedValue.CHANGE), change) && same(Statements.value(earlier, StatedValue.RATE), rate);
            boolean otherItem = earlier.subject() != null && statement.subject() != null && !sameItem(earlier.subject(), statement.subject())
                    && !incomeAndExpenditure(earlier.subject(), statement.subject());
            return same && otherItem && current.value().signum() != 0 ? Optional.of(earlier) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * One item named again, more or less fully, in another section: "一般公共预算拨款" and "一般公共预算拨款收入", "一般公共预算拨款支出"
     * and "当年一般公共预算拨款支出" state one figure, not a copied one.
     */
    private static boolean sameItem(String a, String b) {
        return a.contains(b) || b.contains(a);
    }

    private static boolean same(Optional<PrintedAmount> a, PrintedAmount b) {
        return a.isPresent() && a.get().value().compareTo(b.value()) == 0 && a.get().unit() == b.unit();
    }

    private static boolean incomeAndExpenditure(String a, String b) {
        return a.replace("收入", "支出").equals(b.replace("收入", "支出")) || a.contains("收") && b.contains("支") || a.contains("支") && b.contains("收");
    }

    private Finding impossibleFall(NarrativeStatement statement, PrintedAmount rate) {
        String zh = "“" + Statements.named(statement) + "”下降 " + rate.printed() + "%：降幅不可能超过 100%";
        String en = "\"" + Statements.named(statement) + "\" falls by " + rate.printed() + "%: a fall cannot exceed 100%";
        Interval stated = Interval.ofPrinted(rate);
        Interval possible = new Interval(HUNDRED.negate(), HUNDRED.negate());
        return new Finding(ID, category(), Severity.ERROR, zh, en, possible, stated, stated.distanceTo(possible), List.of(rate.printed()),
                List.of(Statements.location(statement)), Fingerprints.of(ID, "impossible", statement.line(), statement.subject()), ValueUnit.PERCENT);
    }

    private Finding wrongRate(NarrativeStatement statement, PrintedAmount rate, Interval expected, Interval stated,
                              PrintedAmount current, PrintedAmount change, PrintedRates verdict) {
        BigDecimal midpoint = expected.midpoint().setScale(2, java.math.RoundingMode.HALF_UP);
        String unit = NarrativeFigures.unitName(current.unit());
        String zh = "“" + Statements.named(statement) + "”：本年 " + current.printed() + " " + unit + "，变动 " + change.value().toPlainString() + " "
                + NarrativeFigures.unitName(change.unit()) + "，应为 " + midpoint.toPlainString() + "%，说明写作 " + rate.value().toPlainString() + "%"
                + PrintedRates.noteZh(verdict, expected, rate);
        String en = "\"" + Statements.named(statement) + "\": " + current.printed() + " " + unit + " with a change of " + change.value().toPlainString()
                + " " + NarrativeFigures.unitName(change.unit()) + " gives " + midpoint.toPlainString() + "%, the narrative says "
                + rate.value().toPlainString() + "%" + PrintedRates.noteEn(verdict, expected, rate);
        return new Finding(ID, category(), verdict.severity(), zh, en, expected, stated, stated.distanceTo(expected),
                List.of(current.printed(), change.printed()), List.of(Statements.location(statement)),
                Fingerprints.of(ID, "rate", statement.line(), statement.subject()), ValueUnit.PERCENT);
    }

    private Finding oppositeDirections(NarrativeStatement statement, PrintedAmount change, PrintedAmount rate) {
        String zh = "“" + Statements.named(statement) + "”：变动 " + change.value().toPlainString() + " " + NarrativeFigures.unitName(change.unit())
                + " 与变动率 " + rate.value().toPlainString() + "% 方向相反（增加/减少与增长/下降不一致）";
        String en = "\"" + Statements.named(statement) + "\": a change of " + change.value().toPlainString() + " " + NarrativeFigures.unitName(change.unit())
                + " and a rate of " + rate.value().toPlainString() + "% go opposite ways (the direction words disagree)";
        return new Finding(ID, category(), Severity.WARNING, zh, en, null, null, null, List.of(change.printed(), rate.printed()),
                List.of(Statements.location(statement)), Fingerprints.of(ID, "direction", statement.line(), statement.subject()), ValueUnit.NONE);
    }

    private Finding rateOfNothing(NarrativeStatement statement, PrintedAmount current, PrintedAmount change, PrintedAmount rate) {
        String unit = NarrativeFigures.unitName(current.unit());
        String zh = "“" + Statements.named(statement) + "”：本年 " + current.printed() + " " + unit + "、变动 " + change.value().toPlainString() + " " + unit
                + "，上年为 0，却称变动 " + rate.value().toPlainString() + "%：零基数无变动率";
        String en = "\"" + Statements.named(statement) + "\": " + current.printed() + " " + unit + " with a change of " + change.value().toPlainString()
                + " " + unit + " leaves 0 for the prior year, yet the narrative states a rate of " + rate.value().toPlainString()
                + "%: a change from nothing has no rate";
        Interval stated = Interval.ofPrinted(rate);
        return new Finding(ID, category(), Severity.ERROR, zh, en, null, stated, null, List.of(current.printed(), change.printed()),
                List.of(Statements.location(statement)), Fingerprints.of(ID, "zero", statement.line(), statement.subject()), ValueUnit.PERCENT);
    }

    private Finding repeated(NarrativeStatement statement, NarrativeStatement earlier) {
        String zh = "“" + Statements.named(statement) + "”的本年数、变动额和变动率与前文“" + Statements.named(earlier) + "”完全相同（第 " + earlier.line()
                + " 行）：疑为照抄未改";
        String en = "\"" + Statements.named(statement) + "\" states the same amount, change and rate as \"" + Statements.named(earlier) + "\" (line "
                + earlier.line() + "): a paragraph copied and not updated?";
        return new Finding(ID, category(), Severity.WARNING, zh, en, null, null, null, List.of(),
                List.of(Statements.location(statement), Statements.location(earlier)),
                Fingerprints.of(ID, "repeat", statement.line(), statement.subject()), ValueUnit.NONE);
    }
}
