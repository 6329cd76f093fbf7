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
import org.budgetwatch.validation.rules.SangongColumns.Group;
import org.budgetwatch.validation.rules.SangongColumns.Role;
import org.budgetwatch.validation.rules.SangongFigures.Item;

/**
 * SANGONG-SUM: in a “三公” table laid out by rows, the total equals 因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费,
 * and the vehicle line equals 公务用车购置费 + 公务用车运行维护费, in every figure column, within rounding (a blank cell
 * is nothing reported and adds nothing). Rows are recognised by their names, whatever their numbering; a table laid out
 * by columns is read the same way across its columns, row by row, once per group of columns (上年 / 当年, one per
 * source of funds …, see {@link SangongColumns}). Where the table adds 会议费 and 培训费, its 合计 is not the “三公”'s
 * total: the “三公” are added up to their own subtotal only, and the 合计 to that subtotal and the other columns.
 */
public final class SangongSumRule implements Rule {

    public static final String ID = "SANGONG-SUM";

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
            if (SangongColumns.byColumns(table)) {
                byColumns(table, sink);
                continue;
            }
            Optional<TableRow> abroad = row(table, Item.ABROAD);
            Optional<TableRow> reception = row(table, Item.RECEPTION);
            Optional<TableRow> vehicles = row(table, Item.VEHICLES);
            Optional<TableRow> purchase = row(table, Item.PURCHASE);
            Optional<TableRow> running = row(table, Item.RUNNING);
            List<TableRow> components = new ArrayList<>();
            abroad.ifPresent(components::add);
            reception.ifPresent(components::add);
            vehicles.ifPresent(components::add);
            Optional<TableRow> total = sangongTotalRow(table);
            if (total.isPresent() && components.size() >= 2) {
                compare(table, total.get(), components, sink);
            }
            if (vehicles.isPresent() && purchase.isPresent() && running.isPresent()) {
                compare(table, vehicles.get(), List.of(purchase.get(), running.get()), sink);
            }
        }
    }

    /**
     * The row that totals the “三公”: one named for them, else the table's total row unless the table also lists
     * 会议费 or 培训费 (its 合计 then includes them).
     */
    private static Optional<TableRow> sangongTotalRow(ExtractedTable table) {
        Optional<TableRow> named = table.rows().stream().filter(r -> name(r).contains("三公")).findFirst();
        if (named.isPresent()) {
            return named;
        }
        boolean others = SangongColumns.namesOthers(table.title()) || table.rows().stream().anyMatch(r -> SangongColumns.namesOthers(name(r)));
        return others ? Optional.empty() : table.rows().stream().filter(TableRow::total).findFirst();
    }

    /**
     * A table laid out by columns (总额 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行维护费 / 购置费 / 运行维护费): the
     * same identities in every row, for each group of columns. Tables with OCR-repaired figures are left alone (their
     * columns may have shifted), and so is a group that repeats an item (which of the two would be meant is unclear).
     */
    private void byColumns(ExtractedTable table, CheckSink sink) {
        boolean repaired = table.rows().stream().flatMap(r -> r.cells().stream()).map(TableCell::amount)
                .anyMatch(a -> a != null && !a.repairs().isEmpty());
        if (repaired) {
            return;
        }
        List<Group> groups = SangongColumns.of(table);
        boolean others = SangongColumns.addsOthers(table, groups);
        for (Group group : groups) {
            boolean ambiguous = group.columns().entrySet().stream().anyMatch(e -> e.getKey() != Role.OTHER && e.getValue().size() > 1);
            if (ambiguous) {
                continue;
            }
            Optional<TableColumn> abroad = group.only(Role.ABROAD);
            Optional<TableColumn> reception = group.only(Role.RECEPTION);
            Optional<TableColumn> vehicles = group.only(Role.VEHICLES);
            Optional<TableColumn> purchase = group.only(Role.PURCHASE);
            Optional<TableColumn> running = group.only(Role.RUNNING);
            Optional<TableColumn> sangong = SangongColumns.sangongTotal(group, others);
            List<TableColumn> items = new ArrayList<>();
            abroad.ifPresent(items::add);
            reception.ifPresent(items::add);
            if (vehicles.isPresent()) {
                items.add(vehicles.get());
            } else {
                purchase.ifPresent(items::add);
                running.ifPresent(items::add);
            }
            Optional<TableColumn> grandTotal = group.only(Role.SANGONG_TOTAL).isPresent() ? group.only(Role.TOTAL) : Optional.empty();
            List<TableColumn> totalParts = new ArrayList<>();
            sangong.ifPresent(totalParts::add);
            totalParts.addAll(group.all(Role.OTHER));
            for (TableRow row : table.rows()) {
                if (sangong.isPresent() && abroad.isPresent() && reception.isPresent()) {
                    across(table, row, sangong.get(), items, sink);
                }
                if (vehicles.isPresent() && purchase.isPresent() && running.isPresent()) {
                    across(table, row, vehicles.get(), List.of(purchase.get(), running.get()), sink);
                }
                if (grandTotal.isPresent() && totalParts.size() >= 2) {
                    across(table, row, grandTotal.get(), totalParts, sink);
                }
            }
        }
    }

    private void across(ExtractedTable table, TableRow row, TableColumn sumColumn, List<TableColumn> partColumns, CheckSink sink) {
        ColumnTotals.inRow(table, row, sumColumn, partColumns)
                .ifPresent(identity -> SumCheck.check(ID, category(), Severity.ERROR, Addition.of(identity), sink));
    }

    private static Optional<TableRow> row(ExtractedTable table, Item item) {
        return table.rows().stream().filter(r -> !r.total() && SangongFigures.item(name(r)).filter(item::equals).isPresent()).findFirst();
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
