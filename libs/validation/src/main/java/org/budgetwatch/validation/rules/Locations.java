package org.budgetwatch.validation.rules;

import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.validation.report.FindingLocation;

/** Finding locations for table cells and rows. */
final class Locations {

    private Locations() {
    }

    static FindingLocation cell(ExtractedTable table, TableRow row, TableColumn column) {
        return new FindingLocation(table.index(), table.type(), table.title(), row.index(), row.label(), row.code(),
                column == null ? null : column.index(), column == null ? null : column.path(), row.line(), null, row.page());
    }

    static FindingLocation row(ExtractedTable table, TableRow row) {
        return cell(table, row, null);
    }

    /** The table as a whole, at its first line. */
    static FindingLocation table(ExtractedTable table) {
        return new FindingLocation(table.index(), table.type(), table.title(), null, null, null, null, null,
                table.location().firstLine(), null, table.location().page());
    }
}
