package org.budgetwatch.validation.rules;

import org.budgetwatch.extraction.arithmetic.ColumnTotals;
import org.budgetwatch.extraction.arithmetic.ColumnTotals.ColumnTotal;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.validation.report.Severity;

/**
 * ARITH-COL-SUM: in every row, a 合计 column equals its parts (合计 = 基本支出 + 项目支出; 基本支出/小计 = 人员经费 +
 * 公用经费; 本年收入/小计 = the income sources), as the header paths state them (see {@link ColumnTotals}), within
 * rounding. Tables whose header could not be read cleanly are not checked.
 */
public final class ArithColSumRule implements Rule {

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
                SumCheck.check(ID, category(), Severity.ERROR, Addition.of(identity), sink);
            }
        }
    }
}
