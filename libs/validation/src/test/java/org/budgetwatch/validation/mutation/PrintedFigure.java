package org.budgetwatch.validation.mutation;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;

/**
 * One figure the document prints: an amount cell of a table, or an amount, change, share or rate of a narrative
 * sentence. Identified by where it is read (table, row and column, or statement and role), so the same figure can be
 * found again in the document re-read after a change.
 *
 * @param firstLine the first text line the figure may be printed on
 * @param lastLine  the last (a row of a Word export spans several lines)
 */
record PrintedFigure(String id, PrintedAmount amount, Integer table, Integer row, Integer column, Integer statement, String role, int firstLine,
                     int lastLine, String description) {

    boolean inTable() {
        return table != null;
    }

    boolean percent() {
        return StatedValue.SHARE.equals(role) || StatedValue.RATE.equals(role) || StatedValue.COMPLETION.equals(role);
    }

    /** What the figure stands for, in 元 for amounts of a known unit (so that tables and sentences compare). */
    Interval interval() {
        return interval(amount);
    }

    Interval interval(PrintedAmount printed) {
        Interval exact = Interval.ofPrinted(printed);
        return percent() || printed.unit().inYuan() == null ? exact : exact.times(printed.unit().inYuan());
    }

    static String cellId(int table, int row, int column) {
        return "t" + table + "r" + row + "c" + column;
    }

    static String statementId(int statement, String role, int nth) {
        return "s" + statement + role + nth;
    }

    /** Every amount cell of the tables that state figures (forms of targets excluded) and every figure of the narrative. */
    static List<PrintedFigure> of(ExtractedDocument document, List<String> textLines) {
        List<PrintedFigure> figures = new ArrayList<>();
        for (ExtractedTable table : document.tables()) {
            if (table.isForm()) {
                continue;
            }
            for (int r = 0; r < table.rows().size(); r++) {
                TableRow row = table.rows().get(r);
                int last = r + 1 < table.rows().size() ? Math.max(row.line(), table.rows().get(r + 1).line() - 1) : row.line() + 30;
                for (TableColumn column : table.columns()) {
                    PrintedAmount amount = row.cell(column.index()).map(TableCell::amount).orElse(null);
                    if (amount != null) {
                        figures.add(new PrintedFigure(cellId(table.index(), row.index(), column.index()), amount, table.index(), row.index(), column.index(),
                                null, null, row.line(), Math.min(last, textLines.size()),
                                table.title() + " | " + (row.code() == null ? "" : row.code() + " ") + row.label() + " | " + column.path()));
                    }
                }
            }
        }
        List<NarrativeStatement> statements = document.statements();
        for (int s = 0; s < statements.size(); s++) {
            NarrativeStatement statement = statements.get(s);
            int nth = 0;
            for (StatedValue value : statement.values()) {
                if (value.role().equals(StatedValue.COUNT) || value.role().equals(StatedValue.PRIOR_YEAR)) {
                    continue;
                }
                figures.add(new PrintedFigure(statementId(s, value.role(), nth++), value.amount(), null, null, null, s, value.role(), statement.line(),
                        statement.line(), "narrative " + value.role() + " | " + abbreviate(statement.text())));
            }
        }
        return figures;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
