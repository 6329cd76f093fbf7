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
 * ARITH-TOTAL-ROW: a 合计 row equals the sum of the coded rows it totals; HIER-CODE: a 类 row equals the sum of its
 * 款 rows and a 款 row the sum of its 项 rows (see {@link TableIdentities}). Within rounding: the printed total's
 * interval must meet the interval sum of its parts.
 */
public final class TotalRowRule implements Rule {

    public static final String ID = "ARITH-TOTAL-ROW";
    /** The same arithmetic over code hierarchies: 类 = Σ 款, 款 = Σ 项. */
    public static final String HIERARCHY_ID = "HIER-CODE";

    private final String id;
    private final java.util.function.Function<ExtractedTable, List<RowTotal>> identities;

    /** ARITH-TOTAL-ROW: 合计 rows against the rows they total. */
    public TotalRowRule() {
        this(ID, TableIdentities::rowTotals);
    }

    private TotalRowRule(String id, java.util.function.Function<ExtractedTable, List<RowTotal>> identities) {
        this.id = id;
        this.identities = identities;
    }

    /** HIER-CODE: each 类 row against its 款 rows, each 款 row against its 项 rows. */
    public static TotalRowRule codeHierarchy() {
        return new TotalRowRule(HIERARCHY_ID, TableIdentities::codeHierarchy);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String category() {
        return "arithmetic";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        for (ExtractedTable table : document.tables()) {
            for (RowTotal identity : identities.apply(table)) {
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
            sink.passed(id);
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
        return new Finding(id, category(), rounding ? Severity.INFO : Severity.ERROR, zh, en, sum, printed,
                printed.distanceTo(sum), identity.parts().stream().map(PrintedAmount::printed).toList(), List.of(location),
                Fingerprints.of(id, table.index(), table.side(), total.index(), identity.column().index()));
    }
}
