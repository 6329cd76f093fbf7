package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.arithmetic.RowTotal;
import org.budgetwatch.extraction.arithmetic.TableIdentities;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableRow;

/**
 * A table that lists a department and its budget units (部门(单位)代码): the department's row (502 延边朝鲜族自治州医疗保障局,
 * 201 北京市东城区医疗保障局) right above the rows of its units (502001 …本级, 502002 …社会保险管理局), each unit's code the
 * department's followed by its own number. The department's row is the sum of its units' rows, and a 合计 whose block
 * holds only that department (its units aside) is the department's row: the function and economic hierarchies
 * ({@link TableIdentities}) read neither, since a department's code is not a 类 however it looks (502 is also 机关商品和服务支出).
 *
 * <p>Only a department followed without a break by its units is read: units interleaved with class rows (a table per
 * unit and class) or a code run that another row interrupts are left alone.
 */
final class UnitRows {

    private UnitRows() {
    }

    /** Each department row against the sum of its units' rows, in every column where the department prints a figure. */
    static List<RowTotal> hierarchy(ExtractedTable table) {
        List<RowTotal> identities = new ArrayList<>();
        List<TableRow> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<TableRow> units = unitsUnder(rows, r);
            if (!units.isEmpty()) {
                identities.addAll(TableIdentities.inEveryColumn(table, rows.get(r), units));
            }
        }
        return identities;
    }

    /** A 合计 row whose block is one department and its units against the department's row. */
    static List<RowTotal> departmentTotals(ExtractedTable table) {
        List<RowTotal> identities = new ArrayList<>();
        List<TableRow> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).total()) {
                continue;
            }
            int from = r == 0 || rows.get(r - 1).total() ? r + 1 : previousTotal(rows, r) + 1;
            int to = r == 0 || rows.get(r - 1).total() ? nextTotal(rows, r) : r;
            if (to - from < 2) {
                continue;
            }
            List<TableRow> units = unitsUnder(rows, from);
            if (!units.isEmpty() && from + 1 + units.size() == to) {
                identities.addAll(TableIdentities.inEveryColumn(table, rows.get(r), List.of(rows.get(from))));
            }
        }
        return identities;
    }

    /**
     * The unit rows right under a department row: a run of rows coded as units, each code the department's code and a
     * few more digits, all of one length; none when the row is a total, has no code or is not followed by such a run.
     */
    private static List<TableRow> unitsUnder(List<TableRow> rows, int parentIndex) {
        TableRow parent = rows.get(parentIndex);
        if (parent.total() || parent.code() == null) {
            return List.of();
        }
        List<TableRow> units = new ArrayList<>();
        for (int r = parentIndex + 1; r < rows.size() && isUnitOf(rows.get(r), parent); r++) {
            units.add(rows.get(r));
        }
        if (units.isEmpty() || units.stream().map(u -> u.code().length()).distinct().count() != 1) {
            return List.of();
        }
        // the run ends the block or gives way to another department: rows of another kind after it may belong to a unit
        int end = parentIndex + 1 + units.size();
        boolean runEnds = end == rows.size() || rows.get(end).total()
                || rows.get(end).code() != null && rows.get(end).codeKind() == CodeKind.UNIT && !rows.get(end).code().startsWith(parent.code())
                        && rows.get(end).code().length() == parent.code().length();
        return runEnds ? units : List.of();
    }

    private static boolean isUnitOf(TableRow row, TableRow parent) {
        return !row.total() && row.code() != null && row.codeKind() == CodeKind.UNIT && row.code().length() > parent.code().length()
                && row.code().startsWith(parent.code());
    }

    private static int previousTotal(List<TableRow> rows, int index) {
        int r = index - 1;
        while (r >= 0 && !rows.get(r).total()) {
            r--;
        }
        return r;
    }

    private static int nextTotal(List<TableRow> rows, int index) {
        int r = index + 1;
        while (r < rows.size() && !rows.get(r).total()) {
            r++;
        }
        return r;
    }
}
