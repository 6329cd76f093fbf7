package org.budgetwatch.validation.rules;

import java.util.List;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.arithmetic.ColumnTotals;
import org.budgetwatch.extraction.arithmetic.RowTotal;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.validation.report.FindingLocation;

/**
 * One identity to check: printed figures whose sum should equal the sum of other printed figures (usually one total
 * and its parts; one figure on each side makes it an equality between two tables), with the words that name both
 * sides in a finding and where they were printed.
 *
 * @param totalZh names the total in the Chinese message, e.g. "《支出总表》合计/基本支出"
 * @param partsZh names what it is compared with, e.g. "各项之和" or "《基本支出表》合计"
 * @param locations the total's cell first, then the parts' cells
 * @param key what makes this identity unique within the document, for the fingerprint
 * @param unit what the figures on both sides are counted in
 */
record Addition(List<PrintedAmount> totals, List<PrintedAmount> parts, String totalZh, String partsZh, String totalEn, String partsEn,
                List<FindingLocation> locations, List<Object> key, AmountUnit unit) {

    Addition {
        totals = List.copyOf(totals);
        parts = List.copyOf(parts);
        locations = List.copyOf(locations);
        key = List.copyOf(key);
    }

    String printedTotal() {
        return String.join(" + ", totals.stream().map(PrintedAmount::printed).toList());
    }

    /** A total row (or a code parent) against the rows under it, in one column. */
    static Addition of(RowTotal identity) {
        ExtractedTable table = identity.table();
        TableRow total = identity.totalRow();
        String where = "《" + table.title() + "》" + total.label() + "/" + identity.column().path();
        FindingLocation location = Locations.cell(table, total, identity.column());
        return new Addition(List.of(identity.total()), identity.parts(), where + "：合计", "各项之和", where + ": total", "the sum of its rows",
                List.of(location), List.of(table.index(), table.side(), total.index(), identity.column().index()), table.unit());
    }

    /** A total column against its part columns, in one row. */
    static Addition of(ColumnTotals.ColumnTotal identity) {
        ExtractedTable table = identity.table();
        String where = "《" + table.title() + "》" + identity.row().label() + "/" + identity.totalColumn().path();
        String parts = String.join(" + ", identity.partColumns().stream().map(c -> c.path()).toList());
        List<FindingLocation> locations = new java.util.ArrayList<>();
        locations.add(Locations.cell(table, identity.row(), identity.totalColumn()));
        identity.partColumns().forEach(c -> locations.add(Locations.cell(table, identity.row(), c)));
        return new Addition(List.of(identity.total()), identity.parts(), where, parts + " 之和", where, "the sum of " + parts, locations,
                List.of(table.index(), table.side(), identity.row().index(), identity.totalColumn().index()), table.unit());
    }

    /** Two tables that print the same figure (each side possibly summed over several cells), in the first one's unit. */
    static Addition between(TableFigures.Figure left, TableFigures.Figure right, List<Object> key) {
        List<FindingLocation> locations = new java.util.ArrayList<>();
        left.columns().forEach(c -> locations.add(Locations.cell(left.table(), left.row(), c)));
        right.columns().forEach(c -> locations.add(Locations.cell(right.table(), right.row(), c)));
        AmountUnit unit = left.table().unit();
        return new Addition(left.in(unit), right.in(unit), left.describe(), right.describe(), left.describe(), right.describe(), locations, key,
                unit);
    }
}
