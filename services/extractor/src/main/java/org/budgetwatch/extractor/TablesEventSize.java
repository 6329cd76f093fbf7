package org.budgetwatch.extractor;

import org.budgetwatch.contracts.tables.Cell;
import org.budgetwatch.contracts.tables.Column;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.tables.NarrativeStatement;
import org.budgetwatch.contracts.tables.ProseLine;
import org.budgetwatch.contracts.tables.Row;
import org.budgetwatch.contracts.tables.Table;
import org.budgetwatch.schemas.serde.EncodedSize;

/**
 * Whether a tables event fits in one Kafka record. A generous estimate (every character three bytes, every field its
 * widest) settles the usual document at once; only one that may be near the limit is measured by encoding it.
 */
final class TablesEventSize {

    private TablesEventSize() {
    }

    /** The encoded size in bytes when it is over {@code limit}, otherwise -1. */
    static long over(DocumentTables event, long limit) {
        if (estimate(event) <= limit) {
            return -1;
        }
        long size = EncodedSize.of(event);
        return size > limit ? size : -1;
    }

    private static long estimate(DocumentTables event) {
        long bytes = 4096;
        for (Table table : event.getTables()) {
            bytes += 256 + 3L * length(table.getTitle());
            for (Column column : table.getColumns()) {
                bytes += 32 + 3L * length(column.getPath());
            }
            for (Row row : table.getRows()) {
                bytes += 64 + 3L * (length(row.getLabel()) + length(row.getCode()));
                for (Cell cell : row.getCells()) {
                    bytes += 64 + 6L * length(cell.getText()); // the text, and the amount's printed form and value
                    for (CharSequence repair : cell.getRepairs()) {
                        bytes += 8 + 3L * length(repair);
                    }
                }
            }
        }
        for (NarrativeStatement statement : event.getStatements()) {
            bytes += 256 + 3L * (length(statement.getText()) + length(statement.getSubject())) + 128L * statement.getValues().size();
        }
        for (ProseLine line : event.getProse()) {
            bytes += 16 + 3L * length(line.getText());
        }
        return bytes;
    }

    private static int length(CharSequence text) {
        return text == null ? 0 : text.length();
    }
}
