package org.budgetwatch.extraction.arithmetic;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.CodeLevel;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;

/**
 * The identities a table states about itself, found from its structure: a 合计 row totals the coded rows between it
 * and the previous total (or below it, when it heads the table), counting only the top level of a code hierarchy so
 * that a 类 and its own 款 are not added twice. Tables whose parts carry no codes are left out: their hierarchy is
 * only visible in the wording.
 */
public final class TableIdentities {

    private TableIdentities() {
    }

    public static List<RowTotal> rowTotals(ExtractedTable table) {
        List<RowTotal> identities = new ArrayList<>();
        List<TableRow> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).total()) {
                continue;
            }
            List<TableRow> parts = topLevel(partsOf(rows, r));
            if (parts.size() < 2 || parts.stream().anyMatch(p -> p.code() == null)) {
                continue;
            }
            identities.addAll(inEveryColumn(table, rows.get(r), parts));
        }
        return identities;
    }

    /**
     * Code hierarchies: a 类 row equals the sum of its 款 rows, a 款 row the sum of its 项 rows (function and economic
     * codes alike), in every figure column. Only parents whose children are all in the table, listed under it, count.
     */
    public static List<RowTotal> codeHierarchy(ExtractedTable table) {
        List<RowTotal> identities = new ArrayList<>();
        List<TableRow> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            TableRow parent = rows.get(r);
            if (parent.code() == null || parent.level() == CodeLevel.NONE || parent.level() == CodeLevel.ITEM || parent.total()) {
                continue;
            }
            List<TableRow> children = childrenOf(rows, r);
            if (children.isEmpty()) {
                continue;
            }
            identities.addAll(inEveryColumn(table, parent, children));
        }
        return identities;
    }

    /**
     * "This row is the sum of those rows", stated once per figure column where the sum row has a figure; blank parts
     * are not reported and add nothing.
     */
    public static List<RowTotal> inEveryColumn(ExtractedTable table, TableRow sumRow, List<TableRow> partRows) {
        List<RowTotal> identities = new ArrayList<>();
        for (TableColumn column : table.columns()) {
            PrintedAmount total = amount(sumRow, column);
            if (total == null) {
                continue;
            }
            List<PrintedAmount> addends = new ArrayList<>();
            for (TableRow part : partRows) {
                PrintedAmount amount = amount(part, column);
                if (amount != null) {
                    addends.add(amount);
                }
            }
            identities.add(new RowTotal(table, sumRow, column, total, partRows, addends));
        }
        return identities;
    }

    /**
     * The coded rows one level below the parent, up to the next row outside its code or at its own level: a table may
     * print the same 类 twice, each with its own 款 (Yantai's 基本支出 table lists 301 once under 501 机关工资福利支出 and
     * again under 505 对事业单位经常性补助). Uncoded rows in between are taken as descendants of the child above them
     * (many documents print 项 without their code); one standing before any child makes the parent's children
     * unknowable, and the parent is not checked.
     */
    private static List<TableRow> childrenOf(List<TableRow> rows, int parentIndex) {
        TableRow parent = rows.get(parentIndex);
        List<TableRow> children = new ArrayList<>();
        for (int c = parentIndex + 1; c < rows.size(); c++) {
            TableRow row = rows.get(c);
            if (row.total() || row.code() != null && (!row.code().startsWith(parent.code()) || row.code().length() <= parent.code().length())) {
                break;
            }
            if (row.code() == null) {
                if (children.isEmpty()) {
                    return List.of();
                }
                continue;
            }
            if (row.codeKind() == parent.codeKind() && row.code().length() == parent.code().length() + 2) {
                children.add(row);
            }
        }
        return children;
    }

    private static PrintedAmount amount(TableRow row, TableColumn column) {
        return row.cell(column.index()).map(TableCell::amount).orElse(null);
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
}
