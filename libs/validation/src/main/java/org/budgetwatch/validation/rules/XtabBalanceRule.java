package org.budgetwatch.validation.rules;

import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.Severity;

/**
 * XTAB-BALANCE: a two-sided summary balances — its 收入总计 equals its 支出总计 (the grand total rows of the income
 * and expenditure sides, first figure column of each), within rounding.
 */
public final class XtabBalanceRule implements Rule {

    public static final String ID = "XTAB-BALANCE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "cross-table";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        List<ExtractedTable> tables = document.tables();
        for (int i = 0; i + 1 < tables.size(); i++) {
            ExtractedTable income = tables.get(i);
            ExtractedTable expenditure = tables.get(i + 1);
            if (income.side() != TableSide.INCOME || expenditure.side() != TableSide.EXPENDITURE || !income.title().equals(expenditure.title())) {
                continue;
            }
            Optional<TableRow> incomeTotal = grandTotal(income);
            Optional<TableRow> expenditureTotal = grandTotal(expenditure);
            if (incomeTotal.isEmpty() || expenditureTotal.isEmpty()) {
                continue;
            }
            Optional<PrintedAmount> in = firstFigure(incomeTotal.get());
            Optional<PrintedAmount> out = firstFigure(expenditureTotal.get());
            if (in.isEmpty() || out.isEmpty()) {
                continue;
            }
            Interval a = Interval.ofPrinted(in.get());
            Interval b = Interval.ofPrinted(out.get());
            if (a.intersects(b)) {
                sink.passed(ID);
            } else {
                String zh = "《" + income.title() + "》" + incomeTotal.get().label() + " " + in.get().printed() + " 不等于 "
                        + expenditureTotal.get().label() + " " + out.get().printed();
                String en = income.title() + ": income total " + in.get().printed() + " does not equal expenditure total " + out.get().printed();
                sink.failed(new Finding(ID, category(), Severity.ERROR, zh, en, a, b, b.distanceTo(a),
                        List.of(in.get().printed(), out.get().printed()),
                        List.of(Locations.row(income, incomeTotal.get()), Locations.row(expenditure, expenditureTotal.get())),
                        Fingerprints.of(ID, income.index()), ValueUnit.of(income.unit())));
            }
        }
    }

    /** The last total row, preferring one labelled 总计. */
    private static Optional<TableRow> grandTotal(ExtractedTable table) {
        List<TableRow> totals = table.rows().stream().filter(TableRow::total).toList();
        return totals.stream().filter(r -> r.label().replace(" ", "").contains("总计")).reduce((a, b) -> b)
                .or(() -> totals.stream().reduce((a, b) -> b));
    }

    private static Optional<PrintedAmount> firstFigure(TableRow row) {
        return row.cells().stream().map(TableCell::amount).filter(a -> a != null).findFirst();
    }
}
