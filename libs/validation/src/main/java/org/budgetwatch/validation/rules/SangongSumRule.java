package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.arithmetic.ColumnTotals;
import org.budgetwatch.extraction.arithmetic.RowTotal;
import org.budgetwatch.extraction.arithmetic.TableIdentities;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.report.Severity;

/**
 * SANGONG-SUM: in a “三公” table laid out by rows, the total equals 因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费,
 * and the vehicle line equals 公务用车购置费 + 公务用车运行维护费, in every figure column, within rounding (a blank cell
 * is nothing reported and adds nothing). Rows are recognised by their names, whatever their numbering; a table laid out
 * by columns is read the same way across its columns, row by row.
 */
public final class SangongSumRule implements Rule {

    public static final String ID = "SANGONG-SUM";
    private static final java.util.regex.Pattern PURCHASE = java.util.regex.Pattern.compile(".*公务用车购置费?");
    private static final java.util.regex.Pattern RUNNING = java.util.regex.Pattern.compile(".*公务用车运行(维护)?费");

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
            if (table.type() != TableType.THREE_PUBLIC_COSTS) {
                continue;
            }
            if (byColumns(table, sink)) {
                continue;
            }
            Optional<TableRow> total = table.rows().stream().filter(TableRow::total).findFirst();
            Optional<TableRow> abroad = row(table, "因公出国");
            Optional<TableRow> reception = row(table, "公务接待");
            Optional<TableRow> vehicles = table.rows().stream().filter(r -> isVehicleLine(name(r))).findFirst();
            Optional<TableRow> purchase = table.rows().stream().filter(r -> PURCHASE.matcher(name(r)).matches()).findFirst();
            Optional<TableRow> running = table.rows().stream().filter(r -> RUNNING.matcher(name(r)).matches()).findFirst();
            List<TableRow> components = new ArrayList<>();
            abroad.ifPresent(components::add);
            reception.ifPresent(components::add);
            vehicles.ifPresent(components::add);
            if (total.isPresent() && components.size() >= 2) {
                compare(table, total.get(), components, sink);
            }
            if (vehicles.isPresent() && purchase.isPresent() && running.isPresent()) {
                compare(table, vehicles.get(), List.of(purchase.get(), running.get()), sink);
            }
        }
    }

    /**
     * A table laid out by columns (总额 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行维护费 / 购置费 / 运行维护费): the
     * same identities in every row. Tables with OCR-repaired figures are left alone (their columns may have shifted).
     * Returns whether the table was laid out by columns.
     */
    private boolean byColumns(ExtractedTable table, CheckSink sink) {
        Optional<TableColumn> abroad = column(table, "因公出国");
        Optional<TableColumn> reception = column(table, "公务接待");
        if (abroad.isEmpty() || reception.isEmpty()) {
            return false;
        }
        boolean repaired = table.rows().stream().flatMap(r -> r.cells().stream()).map(TableCell::amount)
                .anyMatch(a -> a != null && !a.repairs().isEmpty());
        if (repaired) {
            return true;
        }
        TableColumn first = table.columns().get(0);
        String firstLeaf = ColumnTotals.leaf(first);
        Optional<TableColumn> total = first != abroad.get() && (first.total() || firstLeaf.contains("合计") || firstLeaf.contains("总额"))
                ? Optional.of(first) : Optional.empty();
        Optional<TableColumn> vehicles = table.columns().stream().filter(c -> isVehicleLine(ColumnTotals.leaf(c))
                || Texts.withoutWhitespace(c.path()).matches(".*公务用车.*/(小计|合计)")).findFirst();
        Optional<TableColumn> purchase = table.columns().stream().filter(c -> PURCHASE.matcher(ColumnTotals.leaf(c)).matches()).findFirst();
        Optional<TableColumn> running = table.columns().stream().filter(c -> RUNNING.matcher(ColumnTotals.leaf(c)).matches()).findFirst();
        for (TableRow row : table.rows()) {
            if (total.isPresent()) {
                List<TableColumn> parts = new ArrayList<>(List.of(abroad.get(), reception.get()));
                if (vehicles.isPresent()) {
                    parts.add(vehicles.get());
                } else {
                    purchase.ifPresent(parts::add);
                    running.ifPresent(parts::add);
                }
                across(table, row, total.get(), parts, sink);
            }
            if (vehicles.isPresent() && purchase.isPresent() && running.isPresent()) {
                across(table, row, vehicles.get(), List.of(purchase.get(), running.get()), sink);
            }
        }
        return true;
    }

    private static Optional<TableColumn> column(ExtractedTable table, String keyword) {
        return table.columns().stream().filter(c -> ColumnTotals.leaf(c).contains(keyword)).findFirst();
    }

    private void across(ExtractedTable table, TableRow row, TableColumn sumColumn, List<TableColumn> partColumns, CheckSink sink) {
        ColumnTotals.inRow(table, row, sumColumn, partColumns)
                .ifPresent(identity -> SumCheck.check(ID, category(), Severity.ERROR, Addition.of(identity), sink));
    }

    private static Optional<TableRow> row(ExtractedTable table, String keyword) {
        return table.rows().stream().filter(r -> !r.total() && name(r).contains(keyword)).findFirst();
    }

    /** The vehicle line itself (购置及运行维护费, or plainly 公务用车费), not one of its two parts. */
    private static boolean isVehicleLine(String name) {
        return name.contains("公务用车") && (name.contains("及") || name.endsWith("公务用车费"));
    }

    private static String name(TableRow row) {
        String name = Texts.withoutWhitespace(row.label());
        return name.startsWith("其中:") || name.startsWith("其中：") ? name.substring(3) : name;
    }

    private void compare(ExtractedTable table, TableRow sumRow, List<TableRow> parts, CheckSink sink) {
        for (RowTotal identity : TableIdentities.inEveryColumn(table, sumRow, parts)) {
            SumCheck.check(ID, category(), identity, sink);
        }
    }
}
