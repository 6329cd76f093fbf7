package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.arithmetic.RowTotal;
import org.budgetwatch.extraction.arithmetic.TableIdentities;
import org.budgetwatch.extraction.model.ExtractedDocument;

/**
 * ARITH-TOTAL-ROW: a 合计 row equals the sum of the coded rows it totals (see {@link TableIdentities#rowTotals}), and in
 * a two-sided summary, whose lines carry no codes, a total the sum of the lines its numbering places under it
 * ({@link SummaryTotals}); a 合计 over one department and its budget units, the department's row ({@link UnitRows}).
 * Within rounding: the printed total's interval must meet the interval sum of its parts.
 */
public final class ArithTotalRowRule implements Rule {

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
        SumCheck.checkEvery(ID, category(), document, table -> {
            List<RowTotal> identities = new ArrayList<>(TableIdentities.rowTotals(table));
            identities.addAll(SummaryTotals.of(table));
            identities.addAll(UnitRows.departmentTotals(table));
            return identities;
        }, sink);
    }
}
