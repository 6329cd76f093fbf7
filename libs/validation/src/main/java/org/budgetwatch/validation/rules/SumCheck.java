package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.identity.RowTotal;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * The one check every "a total equals the sum of its parts" rule makes: equal to the cent passes; a difference
 * that the printed figures' rounding explains passes with an INFO finding; anything else is an ERROR.
 */
final class SumCheck {

    private SumCheck() {
    }

    static void check(String ruleId, String category, RowTotal identity, CheckSink sink) {
        Interval sum = Interval.ZERO;
        BigDecimal exact = BigDecimal.ZERO;
        for (PrintedAmount part : identity.parts()) {
            sum = sum.plus(Interval.ofPrinted(part));
            exact = exact.add(part.value());
        }
        if (exact.compareTo(identity.total().value()) == 0) {
            sink.passed(ruleId);
            return;
        }
        Interval printed = Interval.ofPrinted(identity.total());
        boolean rounding = printed.intersects(sum);
        Finding finding = finding(ruleId, category, identity, exact, sum, printed, rounding);
        if (rounding) {
            sink.passedWithinRounding(finding);
        } else {
            sink.failed(finding);
        }
    }

    private static Finding finding(String ruleId, String category, RowTotal identity, BigDecimal exact, Interval sum, Interval printed,
                                   boolean rounding) {
        ExtractedTable table = identity.table();
        var total = identity.totalRow();
        String where = "《" + table.title() + "》" + total.label() + "/" + identity.column().path();
        String printedTotal = identity.total().printed();
        String zh = rounding
                ? where + "：合计 " + printedTotal + " 与各项之和 " + exact.toPlainString() + " 相差在四舍五入范围内"
                : where + "：合计 " + printedTotal + " 不等于各项之和 " + exact.toPlainString();
        String en = rounding
                ? where + ": total " + printedTotal + " differs from the sum of its rows " + exact.toPlainString() + " only by rounding"
                : where + ": total " + printedTotal + " is not the sum of its rows " + exact.toPlainString();
        FindingLocation location = new FindingLocation(table.index(), table.type(), table.title(), total.index(), total.label(),
                total.code(), identity.column().index(), identity.column().path(), total.line(), null);
        return new Finding(ruleId, category, rounding ? Severity.INFO : Severity.ERROR, zh, en, sum, printed,
                printed.distanceTo(sum), identity.parts().stream().map(PrintedAmount::printed).toList(), List.of(location),
                Fingerprints.of(ruleId, table.index(), table.side(), total.index(), identity.column().index()));
    }
}
