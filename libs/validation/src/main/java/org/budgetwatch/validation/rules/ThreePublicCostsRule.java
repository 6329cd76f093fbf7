package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.identity.RowTotal;
import org.budgetwatch.extraction.identity.TableIdentities;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;

/**
 * SANGONG-SUM: in a “三公” table laid out by rows, the total equals 因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费,
 * and the vehicle line equals 公务用车购置费 + 公务用车运行维护费, in every figure column, within rounding (a blank cell
 * is nothing reported and adds nothing). Rows are recognised by their names, whatever their numbering.
 */
public final class ThreePublicCostsRule implements Rule {

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

    private static Optional<TableRow> row(ExtractedTable table, String keyword) {
        return table.rows().stream().filter(r -> !r.total() && name(r).contains(keyword)).findFirst();
    }

    /** The vehicle line itself (购置及运行维护费, or plainly 公务用车费), not one of its two parts. */
    private static boolean isVehicleLine(String name) {
        return name.contains("公务用车") && (name.contains("及") || name.endsWith("公务用车费"));
    }

    private static String name(TableRow row) {
        String name = CodeNames.compact(row.label());
        return name.startsWith("其中:") || name.startsWith("其中：") ? name.substring(3) : name;
    }

    private void compare(ExtractedTable table, TableRow sumRow, List<TableRow> parts, CheckSink sink) {
        for (RowTotal identity : TableIdentities.inEveryColumn(table, sumRow, parts)) {
            SumCheck.check(ID, category(), identity, sink);
        }
    }
}
