package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.identity.RowTotal;
import org.budgetwatch.extraction.identity.TableIdentities;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * ARITH-TOTAL-ROW: a 合计 row equals the sum of the coded rows it totals (see {@link TableIdentities}), within
 * rounding: the printed total's interval must meet the interval sum of its parts.
 */
public final class TotalRowRule implements Rule {

    public static final String ID = "ARITH-TOTAL-ROW";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "arithmetic";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        for (ExtractedTable table : document.tables()) {
            for (RowTotal identity : TableIdentities.rowTotals(table)) {
                check(identity, sink);
            }
        }
    }

    private void check(RowTotal identity, CheckSink sink) {
        Interval sum = Interval.ZERO;
        BigDecimal exact = BigDecimal.ZERO;
        for (PrintedAmount part : identity.parts()) {
            sum = sum.plus(Interval.ofPrinted(part));
            exact = exact.add(part.value());
        }
        if (exact.compareTo(identity.total().value()) == 0) {
            sink.passed(ID);
            return;
        }
        Interval printed = Interval.ofPrinted(identity.total());
        boolean rounding = printed.intersects(sum);
        Finding finding = finding(identity, exact, sum, printed, rounding);
        if (rounding) {
            sink.passedWithinRounding(finding);
        } else {
            sink.failed(finding);
        }
    }

    private Finding finding(RowTotal identity, BigDecimal exact, Interval sum, Interval printed, boolean rounding) {
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
        return new Finding(ID, category(), rounding ? Severity.INFO : Severity.ERROR, zh, en, sum, printed,
                printed.distanceTo(sum), identity.parts().stream().map(PrintedAmount::printed).toList(), List.of(location),
                Fingerprints.of(ID, table.index(), table.side(), total.index(), identity.column().index()));
    }
}
