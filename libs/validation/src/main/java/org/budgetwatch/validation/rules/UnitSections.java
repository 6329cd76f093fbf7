package org.budgetwatch.validation.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.validation.rules.TableFigures.Figure;

/**
 * Tables that list a department's budget units (预算单位) one after the other: the department's row, then 本级 and each
 * subordinate unit, each followed by its own function or economic rows (Shenzhen's 支出总表 and 一般公共预算支出表). A line
 * item printed once per unit is the department's only as the sum over the units, and only when the units are
 * disjoint: each printing stands under a unit row of its own, and the printings of the whole level add up to the
 * table's total. Anything else leaves the item's scope unclear, and nothing is found.
 */
final class UnitSections {

    private UnitSections() {
    }

    /**
     * The item's printings added up, as one figure.
     *
     * @param printings the rows that print the item, in table order
     * @param level     the rows of the item's level (every class row, say), which together must make the table's total
     */
    static Optional<Figure> sum(ExtractedTable table, TableColumn column, List<TableRow> printings, Predicate<TableRow> level, String label) {
        if (!eachUnderItsOwnUnit(table, printings)) {
            return Optional.empty();
        }
        Optional<PrintedAmount> total = tableTotal(table, column);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        Interval wholeLevel = Interval.ZERO;
        for (TableRow row : table.rows()) {
            if (level.test(row)) {
                Optional<PrintedAmount> amount = amount(row, column);
                if (amount.isPresent()) {
                    wholeLevel = wholeLevel.plus(Interval.ofPrinted(amount.get()));
                }
            }
        }
        if (!wholeLevel.intersects(Interval.ofPrinted(total.get()))) {
            return Optional.empty();
        }
        List<PrintedAmount> amounts = printings.stream().map(r -> amount(r, column)).flatMap(Optional::stream).toList();
        return amounts.isEmpty() ? Optional.empty() : Optional.of(new Figure(table, printings.get(0), List.of(column), amounts, label));
    }

    /** A row naming a budget unit: no function or economic code (or a unit code), a name, a figure, not a total. */
    static boolean isUnitRow(TableRow row) {
        return !row.total() && (row.code() == null || row.codeKind() == CodeKind.UNIT) && !row.label().isBlank()
                && row.cells().stream().anyMatch(c -> c.amount() != null);
    }

    /** Before each printing, and after the one before it, stands a unit row. */
    private static boolean eachUnderItsOwnUnit(ExtractedTable table, List<TableRow> printings) {
        List<TableRow> rows = table.rows();
        int previous = -1;
        for (TableRow printing : printings) {
            int at = rows.indexOf(printing);
            if (at < 0 || rows.subList(previous + 1, at).stream().noneMatch(UnitSections::isUnitRow)) {
                return false;
            }
            previous = at;
        }
        return true;
    }

    /** The table's own total: its total row, or else its first row when that names the department above its units. */
    private static Optional<PrintedAmount> tableTotal(ExtractedTable table, TableColumn column) {
        Optional<TableRow> totalRow = TableFigures.totalRow(table);
        if (totalRow.isPresent()) {
            return amount(totalRow.get(), column);
        }
        return table.rows().isEmpty() || !isUnitRow(table.rows().get(0)) ? Optional.empty() : amount(table.rows().get(0), column);
    }

    private static Optional<PrintedAmount> amount(TableRow row, TableColumn column) {
        return row.cell(column.index()).map(TableCell::amount);
    }
}
