package org.budgetwatch.extraction.arithmetic;

import java.util.List;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedTable;

/**
 * How far a table can be trusted as read: the share of its own identities (totals and code hierarchies) that hold
 * within rounding. A table that states no identity we can check scores 1: nothing contradicts the reading. A low
 * score means a misread as often as a publisher's error; the validator tells which.
 */
public final class TableConfidence {

    private TableConfidence() {
    }

    public static double of(ExtractedTable table) {
        List<RowTotal> identities = new java.util.ArrayList<>(TableIdentities.rowTotals(table));
        identities.addAll(TableIdentities.codeHierarchy(table));
        if (identities.isEmpty()) {
            return 1.0;
        }
        long holding = identities.stream().filter(TableConfidence::holds).count();
        return (double) holding / identities.size();
    }

    static boolean holds(RowTotal identity) {
        Interval sum = Interval.ZERO;
        for (PrintedAmount part : identity.parts()) {
            sum = sum.plus(Interval.ofPrinted(part));
        }
        return sum.intersects(Interval.ofPrinted(identity.total()));
    }
}
