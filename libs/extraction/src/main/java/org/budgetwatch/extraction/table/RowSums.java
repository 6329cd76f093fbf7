package org.budgetwatch.extraction.table;

import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;

/**
 * Whether a reading of a header is borne out by the figures under it: the sums the reading states across columns
 * (a 小计 and its group, 合计 = 基本支出 + 项目支出) hold, within rounding, row after row. A misread header breaks them
 * in every row; a publisher's error in one, so a table of several rows may have one row that fails.
 */
final class RowSums {

    /** In a table of this many checked rows or more, one row may fail its sums and still confirm the reading. */
    private static final int ROWS_THAT_TOLERATE_ONE_ERROR = 3;

    private RowSums() {
    }

    /**
     * @param body the body's cells, one list per row
     * @param sums each a total column's index followed by its parts' indexes
     * @return whether some row prints a figure other than zero in these columns, and the sums hold on every such row
     *     (all but one when there are several)
     */
    static boolean confirmed(List<List<String>> body, List<int[]> sums) {
        return tally(body, sums).confirms();
    }

    /** The sums fail on every row that prints a figure other than zero, and there are two such rows or more. */
    static boolean contradicted(List<List<String>> body, List<int[]> sums) {
        Tally tally = tally(body, sums);
        return tally.checked() >= 2 && tally.failing() == tally.checked();
    }

    /** Rows checked (those printing a figure other than zero in the sums' columns) and rows where a sum fails. */
    record Tally(int checked, int failing) {

        boolean confirms() {
            int tolerated = checked >= ROWS_THAT_TOLERATE_ONE_ERROR ? 1 : 0;
            return checked > failing && failing <= tolerated;
        }
    }

    static Tally tally(List<List<String>> body, List<int[]> sums) {
        int checked = 0;
        int failing = 0;
        for (List<String> row : body) {
            boolean figures = false;
            boolean holds = true;
            for (int[] sum : sums) {
                for (int column : sum) {
                    figures |= amount(row, column).filter(a -> a.value().signum() != 0).isPresent();
                }
                holds &= holds(row, sum);
            }
            if (!figures) {
                continue; // a row of zeros or blanks fits any reading
            }
            checked++;
            failing += holds ? 0 : 1;
        }
        return new Tally(checked, failing);
    }

    private static boolean holds(List<String> row, int[] sum) {
        Optional<PrintedAmount> total = amount(row, sum[0]);
        Interval parts = Interval.ZERO;
        for (int p = 1; p < sum.length; p++) {
            Optional<PrintedAmount> part = amount(row, sum[p]);
            if (part.isPresent()) {
                parts = parts.plus(Interval.ofPrinted(part.get()));
            }
        }
        // nothing printed as the total: the parts must be nothing too
        return parts.intersects(total.map(Interval::ofPrinted).orElse(Interval.ZERO));
    }

    private static Optional<PrintedAmount> amount(List<String> row, int column) {
        return column < row.size() ? AmountParser.parseCell(row.get(column), AmountUnit.UNKNOWN) : Optional.empty();
    }
}
