package org.budgetwatch.validation.rules;

import java.util.List;
import org.budgetwatch.extraction.arithmetic.RowTotal;
import org.budgetwatch.extraction.arithmetic.TableIdentities;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;

/**
 * ARITH-TOTAL-ROW: a 合计 row equals the sum of the coded rows it totals; HIER-CODE: a 类 row equals the sum of its
 * 款 rows and a 款 row the sum of its 项 rows (see {@link TableIdentities}). Within rounding: the printed total's
 * interval must meet the interval sum of its parts.
 */
public final class TotalRowRule implements Rule {

    public static final String ID = "ARITH-TOTAL-ROW";
    /** The same arithmetic over code hierarchies: 类 = Σ 款, 款 = Σ 项. */
    public static final String HIERARCHY_ID = "HIER-CODE";

    private final String id;
    private final java.util.function.Function<ExtractedTable, List<RowTotal>> identities;

    /** ARITH-TOTAL-ROW: 合计 rows against the rows they total. */
    public TotalRowRule() {
        this(ID, TableIdentities::rowTotals);
    }

    private TotalRowRule(String id, java.util.function.Function<ExtractedTable, List<RowTotal>> identities) {
        this.id = id;
        this.identities = identities;
    }

    /** HIER-CODE: each 类 row against its 款 rows, each 款 row against its 项 rows. */
    public static TotalRowRule codeHierarchy() {
        return new TotalRowRule(HIERARCHY_ID, TableIdentities::codeHierarchy);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String category() {
        return "arithmetic";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        for (ExtractedTable table : document.tables()) {
            for (RowTotal identity : identities.apply(table)) {
                SumCheck.check(id, category(), identity, sink);
            }
        }
    }

}
