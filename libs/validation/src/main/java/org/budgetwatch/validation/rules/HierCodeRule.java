package org.budgetwatch.validation.rules;

import org.budgetwatch.extraction.arithmetic.TableIdentities;
import org.budgetwatch.extraction.model.ExtractedDocument;

/**
 * HIER-CODE: a 类 row equals the sum of its 款 rows and a 款 row the sum of its 项 rows, function and economic codes
 * alike (see {@link TableIdentities#codeHierarchy}); a parent whose children are printed without codes is not checked.
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
        SumCheck.checkEvery(ID, category(), document, TableIdentities::codeHierarchy, sink);
    }
}
