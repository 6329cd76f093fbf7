package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableRow;

/** How the tests of forms look at a form as read: its keys and values in reading order, whatever column holds them. */
public final class FormRows {

    private FormRows() {
    }

    /** Each row of every table as read, its printed texts in reading order: label, then figures and words by column. */
    public static List<String> keysAndValues(ExtractedDocument document) {
        List<String> rows = new ArrayList<>();
        for (ExtractedTable table : document.tables()) {
            for (TableRow row : table.rows()) {
                List<TableCell> cells = new ArrayList<>(row.cells());
                cells.addAll(row.texts());
                cells.sort(Comparator.comparingInt(TableCell::column));
                List<String> printed = new ArrayList<>();
                if (!row.label().isBlank()) {
                    printed.add(Texts.withoutWhitespace(row.label()));
                }
                cells.stream().filter(c -> c.text() != null && !c.text().isBlank()).forEach(c -> printed.add(Texts.withoutWhitespace(c.text())));
                rows.add(String.join("|", printed));
            }
        }
        return rows;
    }
}
