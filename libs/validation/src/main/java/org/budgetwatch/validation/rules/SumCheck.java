package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.arithmetic.RowTotal;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;

/**
 * The one check every "a total equals the sum of its parts" rule makes: equal to the cent passes; a difference
 * that the printed figures' rounding explains passes with an INFO finding; anything else is a finding of the rule's
 * severity (ERROR unless the rule says otherwise).
 */
final class SumCheck {

    private SumCheck() {
    }

    /** Every identity of every table of the document: the 合计 rows, or the code hierarchy. */
    static void checkEvery(String ruleId, String category, ExtractedDocument document, Function<ExtractedTable, List<RowTotal>> identities,
                           CheckSink sink) {
        for (ExtractedTable table : document.tables()) {
            for (RowTotal identity : identities.apply(table)) {
                check(ruleId, category, identity, sink);
            }
        }
    }

    static void check(String ruleId, String category, RowTotal identity, CheckSink sink) {
        check(ruleId, category, Severity.ERROR, Addition.of(identity), sink);
    }

    static void check(String ruleId, String category, Severity severity, Addition addition, CheckSink sink) {
        Outcome outcome = outcome(addition);
        if (outcome == Outcome.EXACT) {
            sink.passed(ruleId);
            return;
        }
        Finding finding = finding(ruleId, category, outcome == Outcome.WITHIN_ROUNDING ? Severity.INFO : severity, addition);
        if (outcome == Outcome.WITHIN_ROUNDING) {
            sink.passedWithinRounding(finding);
        } else {
            sink.failed(finding);
        }
    }

    enum Outcome { EXACT, WITHIN_ROUNDING, DIFFERENT }

    static Outcome outcome(Addition addition) {
        if (exactSum(addition.parts()).compareTo(exactSum(addition.totals())) == 0) {
            return Outcome.EXACT;
        }
        return intervalSum(addition.totals()).intersects(intervalSum(addition.parts())) ? Outcome.WITHIN_ROUNDING : Outcome.DIFFERENT;
    }

    private static BigDecimal exactSum(java.util.List<PrintedAmount> figures) {
        BigDecimal exact = BigDecimal.ZERO;
        for (PrintedAmount part : figures) {
            exact = exact.add(part.value());
        }
        return exact;
    }

    /** The interval the printed figures' sum stands for. */
    static Interval intervalSum(java.util.List<PrintedAmount> figures) {
        Interval sum = Interval.ZERO;
        for (PrintedAmount part : figures) {
            sum = sum.plus(Interval.ofPrinted(part));
        }
        return sum;
    }

    private static Finding finding(String ruleId, String category, Severity severity, Addition addition) {
        Interval sum = intervalSum(addition.parts());
        Interval printed = intervalSum(addition.totals());
        String exact = exactSum(addition.parts()).toPlainString();
        String total = addition.printedTotal();
        boolean rounding = severity == Severity.INFO;
        String zh = rounding
                ? addition.totalZh() + " " + total + " 与" + addition.partsZh() + " " + exact + " 相差在四舍五入范围内"
                : addition.totalZh() + " " + total + " 不等于" + addition.partsZh() + " " + exact;
        String en = rounding
                ? addition.totalEn() + " " + total + " differs from " + addition.partsEn() + " " + exact + " only by rounding"
                : addition.totalEn() + " " + total + " is not " + addition.partsEn() + " " + exact;
        Object[] key = new Object[addition.key().size() + 1];
        key[0] = ruleId;
        for (int i = 0; i < addition.key().size(); i++) {
            key[i + 1] = addition.key().get(i);
        }
        return new Finding(ruleId, category, severity, zh, en, sum, printed, printed.distanceTo(sum),
                addition.parts().stream().map(PrintedAmount::printed).toList(), addition.locations(), Fingerprints.of(key),
                ValueUnit.of(addition.unit()));
    }
}
