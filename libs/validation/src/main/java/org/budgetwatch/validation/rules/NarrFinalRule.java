package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.Severity;

/**
 * NARR-FINAL: a final account (决算) explains each item against its budget: "年初预算 516 万元，支出决算 508.94 万元，
 * 完成年初预算的 98.63%。决算数小于年初预算数的主要原因是…". The completion rate must be 决算 / 预算 within the rounding
 * of the printed figures (ERROR otherwise), and a rate of a budget printed as 0 is no figure at all (ERROR); the words
 * 大于/小于/等于 must agree with the two amounts (WARNING: the figures may be right and the sentence a template's).
 */
public final class NarrFinalRule implements Rule {

    public static final String ID = "NARR-FINAL";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** "决算数大于年初预算数", "决算数小于全年预算", "决算数与年初预算持平". */
    private static final Pattern COMPARISON = Pattern.compile("决算数?(?:与(?:年初|全年|调整后?)?预算数?)?(大于|高于|超过|小于|低于|等于|持平)");

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
        for (int s = 1; s < statements.size(); s++) {
            NarrativeStatement statement = statements.get(s);
            if (statement.subject() == null || !statement.subject().endsWith("决算")) {
                continue;
            }
            Optional<PrintedAmount> actual = Statements.value(statement, StatedValue.AMOUNT);
            Optional<PrintedAmount> budget = budgetBefore(statements, s);
            if (actual.isEmpty() || budget.isEmpty() || actual.get().unit().inYuan() == null || budget.get().unit().inYuan() == null) {
                continue;
            }
            Interval finalYuan = Interval.ofPrinted(actual.get()).times(actual.get().unit().inYuan());
            Interval budgetYuan = Interval.ofPrinted(budget.get()).times(budget.get().unit().inYuan());
            Statements.value(statement, StatedValue.COMPLETION)
                    .ifPresent(rate -> checkRate(statement, rate, actual.get(), budget.get(), finalYuan, budgetYuan, sink));
            Matcher words = COMPARISON.matcher(statement.text());
            if (words.find()) {
                checkWords(statement, words.group(1), actual.get(), budget.get(), finalYuan, budgetYuan, sink);
            }
        }
    }

    /** The budget the sentence compares with: the statement just before, on the same line, about a 预算. */
    private static Optional<PrintedAmount> budgetBefore(List<NarrativeStatement> statements, int index) {
        NarrativeStatement previous = statements.get(index - 1);
        if (previous.line() != statements.get(index).line() || previous.subject() == null
                || !previous.subject().endsWith("预算") || previous.subject().contains("决算")) {
            return Optional.empty();
        }
        return Statements.value(previous, StatedValue.AMOUNT);
    }

    private void checkRate(NarrativeStatement statement, PrintedAmount rate, PrintedAmount actual, PrintedAmount budget,
                           Interval finalYuan, Interval budgetYuan, CheckSink sink) {
        Interval stated = Interval.ofPrinted(rate);
        if (budget.value().signum() == 0) {
            String zh = "年初预算为 0 " + NarrativeFigures.unitName(budget.unit()) + "，说明却称完成预算的 " + rate.printed() + "%（决算 "
                    + actual.printed() + " " + NarrativeFigures.unitName(actual.unit()) + "）：零预算无完成比例";
            String en = "the budget is 0 " + NarrativeFigures.unitName(budget.unit()) + " yet the narrative says " + rate.printed()
                    + "% of it was spent (final " + actual.printed() + " " + NarrativeFigures.unitName(actual.unit())
                    + "): a zero budget has no completion rate";
            sink.failed(new Finding(ID, category(), Severity.ERROR, zh, en, null, stated, null, List.of(budget.printed(), actual.printed()),
                    List.of(Statements.location(statement)), Fingerprints.of(ID, "zero", statement.line(), statement.subject()), ValueUnit.PERCENT));
            return;
        }
        Optional<Interval> expected = finalYuan.dividedBy(budgetYuan).map(i -> i.times(HUNDRED));
        if (expected.isEmpty()) {
            return;
        }
        PrintedRates verdict = PrintedRates.of(expected.get(), rate);
        if (verdict == PrintedRates.AGREES) {
            sink.passed(ID);
            return;
        }
        String midpoint = expected.get().midpoint().setScale(2, RoundingMode.HALF_UP).toPlainString();
        String zh = "决算 " + actual.printed() + " ÷ 预算 " + budget.printed() + "（" + NarrativeFigures.unitName(budget.unit())
                + "）应为完成 " + midpoint + "%，说明写作 " + rate.printed() + "%" + PrintedRates.noteZh(verdict, expected.get(), rate);
        String en = "final " + actual.printed() + " / budget " + budget.printed() + " (" + NarrativeFigures.unitName(budget.unit())
                + ") is " + midpoint + "% completed, the narrative says " + rate.printed() + "%" + PrintedRates.noteEn(verdict, expected.get(), rate);
        sink.failed(new Finding(ID, category(), verdict.severity(), zh, en, expected.get(), stated,
                stated.distanceTo(expected.get()), List.of(budget.printed(), actual.printed()), List.of(Statements.location(statement)),
                Fingerprints.of(ID, "rate", statement.line(), statement.subject()), ValueUnit.PERCENT));
    }

    private void checkWords(NarrativeStatement statement, String word, PrintedAmount actual, PrintedAmount budget,
                            Interval finalYuan, Interval budgetYuan, CheckSink sink) {
        boolean said = switch (word) {
            case "大于", "高于", "超过" -> finalYuan.high().compareTo(budgetYuan.low()) > 0;
            case "小于", "低于" -> finalYuan.low().compareTo(budgetYuan.high()) < 0;
            default -> finalYuan.intersects(budgetYuan);
        };
        if (said) {
            sink.passed(ID);
            return;
        }
        String unit = NarrativeFigures.unitName(budget.unit());
        String zh = "说明称决算数" + word + "预算数，但决算 " + actual.printed() + " " + NarrativeFigures.unitName(actual.unit())
                + "、预算 " + budget.printed() + " " + unit;
        String en = "the narrative says the final figure is " + english(word) + " the budget, but final is " + actual.printed() + " "
                + NarrativeFigures.unitName(actual.unit()) + " and budget " + budget.printed() + " " + unit;
        sink.failed(new Finding(ID, category(), Severity.WARNING, zh, en, budgetYuan, finalYuan, finalYuan.distanceTo(budgetYuan),
                List.of(budget.printed(), actual.printed()), List.of(Statements.location(statement)),
                Fingerprints.of(ID, "words", statement.line(), statement.subject()), ValueUnit.YUAN));
    }

    private static String english(String word) {
        return switch (word) {
            case "大于", "高于", "超过" -> "above";
            case "小于", "低于" -> "below";
            default -> "equal to";
        };
    }
}
