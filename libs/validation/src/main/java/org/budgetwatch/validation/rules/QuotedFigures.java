package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.rules.TableFigures.Figure;

/**
 * A figure the narrative quotes from a table it names through its paragraph (the 财政拨款收支总表's class line, the
 * 项目支出表's 本年拨款, the asset table's 合计), against the figures of that table it may be quoting, for NARR-CLASS,
 * NARR-SOURCES, NARR-RUNNING-COST and NARR-ASSETS: any candidate printed alike passes; one that only rounding explains
 * is an INFO; 10,000 times off is a unit error; anything else contradicts the table (ERROR). A candidate of several
 * cells (编制预算 + 上年结转 where a summary prints no 合计) stands for their sum. Each rule decides which table the
 * sentence speaks of; a sentence it cannot tie to one is never passed here.
 */
final class QuotedFigures {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private QuotedFigures() {
    }

    /**
     * A figure quoted in a sentence.
     *
     * @param name what the sentence calls the figure ("社会保障和就业支出", "上年结转")
     * @param what          what kind of figure it is, for the message ("支出类", "固定资产")
     * @param contradiction the severity of a figure the table contradicts: ERROR, or WARNING where what ties the sentence
     *                      to the table is a template's wording rather than the document's own figures
     */
    record Quote(String ruleId, NarrativeStatement statement, String name, PrintedAmount stated, String what, Severity contradiction) {

        Quote(String ruleId, NarrativeStatement statement, String name, PrintedAmount stated, String what) {
            this(ruleId, statement, name, stated, what, Severity.ERROR);
        }
    }

    static void check(Quote quote, List<Figure> candidates, CheckSink sink) {
        if (candidates.isEmpty() || quote.stated().unit().inYuan() == null) {
            return;
        }
        Interval stated = inYuan(quote.stated());
        BigDecimal exact = quote.stated().value().multiply(quote.stated().unit().inYuan());
        for (Figure candidate : candidates) {
            if (exactYuan(candidate).compareTo(exact) == 0) {
                sink.passed(quote.ruleId());
                return;
            }
        }
        for (Figure candidate : candidates) {
            if (value(candidate).intersects(stated)) {
                sink.passedWithinRounding(finding(quote, candidate, Severity.INFO, Kind.ROUNDING));
                return;
            }
        }
        Figure first = candidates.get(0);
        boolean unit = quote.stated().value().signum() != 0 && (stated.times(TEN_THOUSAND).intersects(value(first))
                || stated.intersects(value(first).times(TEN_THOUSAND)));
        sink.failed(finding(quote, first, quote.contradiction(), unit ? Kind.UNIT : Kind.MISMATCH));
    }

    private enum Kind { ROUNDING, UNIT, MISMATCH }

    private static Interval inYuan(PrintedAmount amount) {
        return Interval.ofPrinted(amount).times(amount.unit().inYuan());
    }

    /** The figure in 元: the sum of its cells. */
    static Interval value(Figure figure) {
        Interval sum = Interval.ZERO;
        for (PrintedAmount amount : figure.amounts()) {
            sum = sum.plus(Interval.ofPrinted(amount));
        }
        return sum.times(figure.table().unit().inYuan());
    }

    private static BigDecimal exactYuan(Figure figure) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PrintedAmount amount : figure.amounts()) {
            sum = sum.add(amount.value());
        }
        return sum.multiply(figure.table().unit().inYuan());
    }

    static String printed(Figure figure) {
        return String.join("+", figure.amounts().stream().map(PrintedAmount::printed).toList());
    }

    private static Finding finding(Quote quote, Figure target, Severity severity, Kind kind) {
        String stated = quote.stated().printed() + NarrativeFigures.unitName(quote.stated().unit());
        String table = printed(target) + NarrativeFigures.unitName(target.table().unit());
        String where = target.describe();
        String zh = switch (kind) {
            case ROUNDING -> "说明中的" + quote.what() + "“" + quote.name() + "” " + stated + " 与" + where + " " + table + " 相差在四舍五入范围内";
            case UNIT -> "说明中的" + quote.what() + "“" + quote.name() + "”为 " + stated + "，" + where + "为 " + table + "：相差一万倍，单位错误";
            case MISMATCH -> "说明中的" + quote.what() + "“" + quote.name() + "”为 " + stated + "，" + where + "为 " + table;
        };
        String en = switch (kind) {
            case ROUNDING -> "\"" + quote.name() + "\" " + quote.stated().printed() + " in the narrative differs from " + printed(target) + " in "
                    + where + " only by rounding";
            case UNIT -> "\"" + quote.name() + "\" is " + quote.stated().printed() + " " + quote.stated().unit() + " in the narrative where " + where
                    + " prints " + printed(target) + " " + target.table().unit() + ": 10,000 times off, a wrong unit";
            case MISMATCH -> "\"" + quote.name() + "\" is " + quote.stated().printed() + " " + quote.stated().unit() + " in the narrative but "
                    + printed(target) + " " + target.table().unit() + " in " + where;
        };
        Interval actual = inYuan(quote.stated());
        Interval expected = value(target);
        List<FindingLocation> locations = new ArrayList<>();
        locations.add(Statements.location(quote.statement()));
        for (TableColumn column : target.columns()) {
            locations.add(Locations.cell(target.table(), target.row(), column));
        }
        List<String> addends = new ArrayList<>();
        addends.add(quote.stated().printed());
        target.amounts().forEach(a -> addends.add(a.printed()));
        return new Finding(quote.ruleId(), "narrative", severity, zh, en, expected, actual, actual.distanceTo(expected), addends, locations,
                Fingerprints.of(quote.ruleId(), quote.statement().line(), quote.name(), target.table().index(), target.row().index()), ValueUnit.YUAN);
    }
}
