package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.arithmetic.RowTotal;
import org.budgetwatch.extraction.arithmetic.TableIdentities;
import org.budgetwatch.extraction.model.ExtractedDocument;

/**
 * HIER-CODE: a 类 row equals the sum of its 款 rows and a 款 row the sum of its 项 rows, function and economic codes
 * alike (see {@link TableIdentities#codeHierarchy}); a parent whose children are printed without codes is not checked. A
 * department's row equals the sum of its budget units' rows printed right under it (502 = 502001 + 502002, {@link UnitRows}).
 * Within rounding, as {@link ArithTotalRowRule}.
 */
public final class HierCodeRule implements Rule {

    public static final String ID = "HIER-CODE";

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
            List<RowTotal> identities = new ArrayList<>(TableIdentities.codeHierarchy(table));
            identities.addAll(UnitRows.hierarchy(table));
            return identities;
        }, sink);
    }
}
