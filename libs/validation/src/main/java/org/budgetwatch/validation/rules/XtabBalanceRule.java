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
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.Severity;

/**
 * XTAB-BALANCE: a two-sided summary balances — its 收入总计 equals its 支出总计 (the grand total rows of the income
 * and expenditure sides, first figure column of each), within rounding. A grand total printed blank on one side while the
 * other side prints its figure is not compared with 0: the finding says which total is missing (WARNING; 上海市审计局
 * 2026 单位预算 p.7 prints 收入总计 blank against 支出总计 195,774,300).
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
            if (in.isEmpty() != out.isEmpty()) {
                sink.failed(missingTotal(income, incomeTotal.get(), in, expenditure, expenditureTotal.get(), out));
                continue;
            }
            if (in.isEmpty()) {
                continue; // an empty summary: COMPLETE-EMPTY-NOTE's
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

    private Finding missingTotal(ExtractedTable income, TableRow incomeTotal, Optional<PrintedAmount> in, ExtractedTable expenditure,
                                 TableRow expenditureTotal, Optional<PrintedAmount> out) {
        boolean incomeBlank = in.isEmpty();
        TableRow blank = incomeBlank ? incomeTotal : expenditureTotal;
        TableRow printed = incomeBlank ? expenditureTotal : incomeTotal;
        PrintedAmount figure = incomeBlank ? out.get() : in.get();
        String blankName = Texts.withoutWhitespace(blank.label());
        String printedName = Texts.withoutWhitespace(printed.label());
        String zh = "《" + income.title() + "》" + blankName + "未填列（空白），" + printedName + "为 " + figure.printed()
                + "：收支总表缺少" + blankName + "，两侧无法核对平衡";
        String en = income.title() + ": the " + (incomeBlank ? "income" : "expenditure") + " total (" + blankName + ") is printed blank while "
                + printedName + " is " + figure.printed() + ": the summary is missing a total and cannot be seen to balance";
        Interval printedValue = Interval.ofPrinted(figure);
        return new Finding(ID, category(), Severity.WARNING, zh, en, printedValue, null, null, List.of(figure.printed()),
                List.of(Locations.row(incomeBlank ? income : expenditure, blank), Locations.row(incomeBlank ? expenditure : income, printed)),
                Fingerprints.of(ID, "blank", income.index()), ValueUnit.of(income.unit()));
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
