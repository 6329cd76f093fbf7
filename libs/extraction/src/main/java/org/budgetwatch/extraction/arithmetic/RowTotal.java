package org.budgetwatch.extraction.arithmetic;

import java.util.List;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;

/**
 * One identity inside a table: in one column, a 合计 row equals the sum of the rows it totals.
 *
 * @param parts the figures added up, in row order (blank cells are not reported and add nothing)
 */
public record RowTotal(ExtractedTable table, TableRow totalRow, TableColumn column, PrintedAmount total, List<TableRow> partRows,
                       List<PrintedAmount> parts) {

    public RowTotal {
        partRows = List.copyOf(partRows);
        parts = List.copyOf(parts);
    }
}
