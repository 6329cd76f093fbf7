package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.arithmetic.ColumnTotals;
import org.budgetwatch.extraction.arithmetic.ColumnTotals.ColumnTotal;
import org.budgetwatch.extraction.arithmetic.RowTotal;
import org.budgetwatch.extraction.arithmetic.TableIdentities;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;

/**
 * UNIT-CELL: a figure printed in 元 inside a table (or a column) declared in 万元 — 10,000 times its true size. ERROR where
 * the arithmetic proves it: a total that does not hold as printed holds once that one cell is read as 元 (divided by
 * 10,000), or once the total itself is. WARNING where only the size gives it away: a part of a column of non-negative
 * figures a thousand times or more larger than the column's own 合计, which no part can be, and no more than 10,000
 * times it. Every total the table states is used: 合计 rows (project tables, whose rows carry no codes, included), the
 * code hierarchy and the 合计 columns.
 */
public final class UnitCellRule implements Rule {

    public static final String ID = "UNIT-CELL";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "units";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        for (ExtractedTable table : document.tables()) {
            if (table.unit() != AmountUnit.WAN_YUAN) {
                continue;
            }
            java.util.Map<String, Finding> proven = new java.util.LinkedHashMap<>();
            for (RowTotal identity : rowIdentities(table)) {
                proven(table, identity.totalRow(), identity.column(), identity.total(), identity.partRows(), null, identity.parts(), proven, sink);
            }
            for (ColumnTotal identity : ColumnTotals.of(table)) {
                proven(table, identity.row(), identity.totalColumn(), identity.total(), null, identity.partColumns(), identity.parts(), proven, sink);
            }
            // one cell read as 元 breaks its row's and its column's totals alike: one finding
            proven.values().forEach(sink::failed);
            if (proven.isEmpty()) {
                outsized(table, sink);
            }
        }
    }

    /** 合计 rows over every row up to the previous total (coded or not), and the code hierarchy. */
    private static List<RowTotal> rowIdentities(ExtractedTable table) {
        List<RowTotal> identities = new ArrayList<>(TableIdentities.codeHierarchy(table));
        List<TableRow> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).total()) {
                continue;
            }
            List<TableRow> parts = new ArrayList<>();
            boolean heading = r == 0 || rows.get(r - 1).total();
            for (int p = heading ? r + 1 : r - 1; p >= 0 && p < rows.size() && !rows.get(p).total(); p += heading ? 1 : -1) {
                parts.add(rows.get(p));
            }
            // a 类 and its own 款 are not added twice
            List<TableRow> top = parts.stream().filter(p -> p.code() == null || parts.stream().noneMatch(
                    q -> q != p && q.code() != null && p.code().length() > q.code().length() && p.code().startsWith(q.code()))).toList();
            if (top.size() >= 2) {
                identities.addAll(TableIdentities.inEveryColumn(table, rows.get(r), top));
            }
        }
        return identities;
    }

    /**
     * The identity fails as printed and holds with exactly one of its figures read as 元: that figure is the finding. Either
     * the part rows or the part columns are given.
     */
    private void proven(ExtractedTable table, TableRow totalRow, TableColumn totalColumn, PrintedAmount total, List<TableRow> partRows,
                        List<TableColumn> partColumns, List<PrintedAmount> parts, java.util.Map<String, Finding> findings, CheckSink sink) {
        Interval sum = Interval.ZERO;
        for (PrintedAmount part : parts) {
            sum = sum.plus(Interval.ofPrinted(part));
        }
        Interval printed = Interval.ofPrinted(total);
        if (parts.size() < 2 || sum.intersects(printed)) {
            sink.passed(ID);
            return;
        }
        List<Integer> culprits = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Interval part = Interval.ofPrinted(parts.get(i));
            if (parts.get(i).value().compareTo(TEN_THOUSAND) >= 0
                    && sum.minus(part).plus(part.times(BigDecimal.ONE.movePointLeft(4))).intersects(printed)) {
                culprits.add(i);
            }
        }
        boolean totalIsYuan = total.value().compareTo(TEN_THOUSAND) >= 0 && printed.times(BigDecimal.ONE.movePointLeft(4)).intersects(sum);
        if (culprits.size() + (totalIsYuan ? 1 : 0) != 1) {
            sink.passed(ID); // no reading as 元 explains it (the arithmetic rules report the difference), or several do
            return;
        }
        if (totalIsYuan) {
            add(findings, finding(table, totalRow, totalColumn, total, sum, Severity.ERROR,
                    "合计 " + total.printed() + " 除以 10,000 才等于各项之和 " + plain(sum), "the total " + total.printed()
                            + " only equals its parts (" + plain(sum) + ") divided by 10,000"));
            return;
        }
        int i = culprits.get(0);
        TableRow row = partRows != null ? partRowOf(partRows, totalColumn, parts.get(i)) : totalRow;
        TableColumn column = partColumns != null ? partColumnOf(row, partColumns, parts.get(i)) : totalColumn;
        PrintedAmount culprit = parts.get(i);
        Interval expected = printed.minus(sum.minus(Interval.ofPrinted(culprit)));
        add(findings, finding(table, row, column, culprit, expected, Severity.ERROR,
                culprit.printed() + " 按 万元 计使合计 " + total.printed() + " 不成立，按 元 计（" + culprit.value().movePointLeft(4).stripTrailingZeros()
                        .toPlainString() + " 万元）则成立", culprit.printed() + " breaks the total " + total.printed()
                        + " read in 万元 and makes it hold read in 元 (" + culprit.value().movePointLeft(4).stripTrailingZeros().toPlainString() + " 万元)"));
    }

    /** A column of non-negative figures with one part a thousand to ten thousand times its own 合计: a 元 figure, probably. */
    private void outsized(ExtractedTable table, CheckSink sink) {
        TableRow totalRow = TableFigures.totalRow(table).orElse(null);
        if (totalRow == null) {
            return;
        }
        for (TableColumn column : table.columns()) {
            PrintedAmount total = amount(totalRow, column);
            if (total == null || total.value().signum() <= 0) {
                continue;
            }
            List<TableRow> parts = table.rows().stream().filter(r -> !r.total() && amount(r, column) != null).toList();
            if (parts.stream().anyMatch(r -> amount(r, column).value().signum() < 0)) {
                continue;
            }
            boolean flagged = false;
            for (TableRow row : parts) {
                BigDecimal value = amount(row, column).value();
                if (value.compareTo(total.value().multiply(THOUSAND)) >= 0 && value.compareTo(total.value().multiply(TEN_THOUSAND)) <= 0) {
                    PrintedAmount part = amount(row, column);
                    sink.failed(finding(table, row, column, part, Interval.ofPrinted(total), Severity.WARNING,
                            part.printed() + " 是本列合计 " + total.printed() + " 的 " + value.divide(total.value(), 0, java.math.RoundingMode.HALF_UP)
                                    + " 倍，疑为以 元 填入 万元 表", part.printed() + " is " + value.divide(total.value(), 0, java.math.RoundingMode.HALF_UP)
                                    + " times its column's total " + total.printed() + ": a 元 figure in a 万元 table?"));
                    flagged = true;
                }
            }
            if (!flagged) {
                sink.passed(ID);
            }
        }
    }

    private static void add(java.util.Map<String, Finding> findings, Finding finding) {
        findings.putIfAbsent(finding.fingerprint(), finding);
    }

    private Finding finding(ExtractedTable table, TableRow row, TableColumn column, PrintedAmount figure, Interval expected, Severity severity,
                            String zh, String en) {
        String where = "《" + table.title() + "》" + row.label() + (column == null ? "" : "/" + column.path()) + "：";
        Interval actual = Interval.ofPrinted(figure);
        FindingLocation location = Locations.cell(table, row, column);
        return new Finding(ID, category(), severity, where + zh, table.title() + " (" + row.label() + "): " + en, expected, actual,
                actual.distanceTo(expected), List.of(figure.printed()), List.of(location),
                Fingerprints.of(ID, table.index(), row.index(), column == null ? -1 : column.index()), ValueUnit.WAN_YUAN);
    }

    private static TableRow partRowOf(List<TableRow> rows, TableColumn column, PrintedAmount figure) {
        return rows.stream().filter(r -> amount(r, column) == figure).findFirst().orElse(rows.get(0));
    }

    private static TableColumn partColumnOf(TableRow row, List<TableColumn> columns, PrintedAmount figure) {
        return columns.stream().filter(c -> amount(row, c) == figure).findFirst().orElse(columns.get(0));
    }

    private static PrintedAmount amount(TableRow row, TableColumn column) {
        return column == null ? null : row.cell(column.index()).map(TableCell::amount).orElse(null);
    }

    private static String plain(Interval interval) {
        return interval.midpoint().stripTrailingZeros().toPlainString();
    }
}
