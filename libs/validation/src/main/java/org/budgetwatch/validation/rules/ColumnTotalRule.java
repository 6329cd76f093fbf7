package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.identity.ColumnTotals;
import org.budgetwatch.extraction.identity.ColumnTotals.ColumnTotal;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * ARITH-COL-SUM: in every row, a 合计 column equals its parts (合计 = 基本支出 + 项目支出; 基本支出/小计 = 人员经费 +
 * 公用经费; 本年收入/小计 = the income sources), as the header paths state them (see {@link ColumnTotals}), within
 * rounding. Tables whose header could not be read cleanly are not checked.
 */
public final class ColumnTotalRule implements Rule {

    public static final String ID = "ARITH-COL-SUM";

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
            for (ColumnTotal identity : ColumnTotals.of(table)) {
                SumCheck.check(ID, category(), Severity.ERROR, addition(identity), sink);
            }
        }
    }

    private static Addition addition(ColumnTotal identity) {
        ExtractedTable table = identity.table();
        String where = "《" + table.title() + "》" + identity.row().label() + "/" + identity.totalColumn().path();
        String parts = String.join(" + ", identity.partColumns().stream().map(c -> c.path()).toList());
        List<FindingLocation> locations = new ArrayList<>();
        locations.add(Locations.cell(table, identity.row(), identity.totalColumn()));
        identity.partColumns().forEach(c -> locations.add(Locations.cell(table, identity.row(), c)));
        return new Addition(List.of(identity.total()), identity.parts(), where, parts + " 之和", where, "the sum of " + parts, locations,
                List.of(table.index(), table.side(), identity.row().index(), identity.totalColumn().index()));
    }
}
