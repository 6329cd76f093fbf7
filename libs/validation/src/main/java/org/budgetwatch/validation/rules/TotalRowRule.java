package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.validation.interval.Interval;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * ARITH-TOTAL-ROW: a 合计 row equals the sum of the coded rows it totals (the rows between it and the previous
 * total, or below it when it heads the table). Only the top level of a code hierarchy is added, so that a 类
 * and its own 款 are not counted twice. Tables whose parts carry no codes are left to later rules: their
 * hierarchy is only visible in the wording.
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
            List<TableRow> rows = table.rows();
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).total()) {
                    List<TableRow> parts = topLevel(partsOf(rows, r));
                    if (parts.size() >= 2 && parts.stream().allMatch(p -> p.code() != null)) {
                        checkColumns(table, rows.get(r), parts, sink);
                    }
                }
            }
        }
    }

    private static List<TableRow> partsOf(List<TableRow> rows, int totalIndex) {
        List<TableRow> parts = new ArrayList<>();
        boolean heading = totalIndex == 0 || rows.get(totalIndex - 1).total();
        if (heading) {
            for (int r = totalIndex + 1; r < rows.size() && !rows.get(r).total(); r++) {
                parts.add(rows.get(r));
            }
        } else {
            for (int r = totalIndex - 1; r >= 0 && !rows.get(r).total(); r--) {
                parts.add(0, rows.get(r));
            }
        }
        return parts;
    }

    /** Drops rows whose code extends the code of another part (a 款 under its 类). */
    private static List<TableRow> topLevel(List<TableRow> parts) {
        return parts.stream().filter(p -> p.code() == null || parts.stream().noneMatch(
                q -> q != p && q.code() != null && p.code().length() > q.code().length() && p.code().startsWith(q.code())))
                .toList();
    }

    private void checkColumns(ExtractedTable table, TableRow total, List<TableRow> parts, CheckSink sink) {
        for (TableColumn column : table.columns()) {
            PrintedAmount printedTotal = total.cell(column.index()).map(TableCell::amount).orElse(null);
            if (printedTotal == null) {
                continue;
            }
            Interval sum = Interval.ZERO;
            List<String> addends = new ArrayList<>();
            BigDecimal exact = BigDecimal.ZERO;
            for (TableRow part : parts) {
                PrintedAmount amount = part.cell(column.index()).map(TableCell::amount).orElse(null);
                if (amount != null) {
                    sum = sum.plus(Interval.ofPrinted(amount));
                    exact = exact.add(amount.value());
                    addends.add(amount.printed());
                }
            }
            Interval printed = Interval.ofPrinted(printedTotal);
            if (exact.compareTo(printedTotal.value()) == 0) {
                sink.passed(ID);
                continue;
            }
            boolean rounding = printed.intersects(sum);
            Finding finding = finding(table, total, column, printedTotal, exact, sum, printed, addends, rounding);
            if (rounding) {
                sink.passedWithinRounding(finding);
            } else {
                sink.failed(finding);
            }
        }
    }

    private Finding finding(ExtractedTable table, TableRow total, TableColumn column, PrintedAmount printedTotal,
                            BigDecimal exact, Interval sum, Interval printed, List<String> addends, boolean rounding) {
        String where = "《" + table.title() + "》" + total.label() + "/" + column.path();
        String zh = rounding
                ? where + "：合计 " + printedTotal.printed() + " 与各项之和 " + exact.toPlainString() + " 相差在四舍五入范围内"
                : where + "：合计 " + printedTotal.printed() + " 不等于各项之和 " + exact.toPlainString();
        String en = rounding
                ? where + ": total " + printedTotal.printed() + " differs from the sum of its rows " + exact.toPlainString() + " only by rounding"
                : where + ": total " + printedTotal.printed() + " is not the sum of its rows " + exact.toPlainString();
        FindingLocation location = new FindingLocation(table.index(), table.type(), table.title(), total.index(), total.label(),
                total.code(), column.index(), column.path(), total.line(), null);
        return new Finding(ID, category(), rounding ? Severity.INFO : Severity.ERROR, zh, en, sum, printed,
                printed.distanceTo(sum), addends, List.of(location),
                Fingerprints.of(ID, table.index(), table.side(), total.index(), column.index()));
    }
}
