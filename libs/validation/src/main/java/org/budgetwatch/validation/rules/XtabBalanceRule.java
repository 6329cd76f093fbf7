package org.budgetwatch.validation.rules;

import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.Severity;

/**
 * XTAB-BALANCE: a two-sided summary balances — its 收入总计 equals its 支出总计 (the grand total rows of the income
 * and expenditure sides, first figure column of each), within rounding. A grand total printed blank on one side while the
 * other side prints its figure is not compared with 0: the finding says which total is missing (WARNING; 上海市审计局
 * 2026 单位预算 p.7 prints 收入总计 blank against 支出总计 195,774,300). A summary whose two sides print the same columns
 * and no 合计 column balances in each of them: money of each kind pays for spending of that kind (延边 2024 预算表1 and
 * 预算表4: 编制预算 1,053.43 = 1,053.43 and 上年结转 91.09 = 91.09, the carried-over money spent or carried on).
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
            List<TableColumn[]> columns = sameColumns(income, expenditure);
            if (columns.isEmpty()) {
                balance(income, incomeTotal.get(), in.get(), null, expenditure, expenditureTotal.get(), out.get(), sink);
                continue;
            }
            for (TableColumn[] pair : columns) {
                Optional<PrintedAmount> columnIn = figure(incomeTotal.get(), pair[0]);
                Optional<PrintedAmount> columnOut = figure(expenditureTotal.get(), pair[1]);
                if (columnIn.isPresent() && columnOut.isPresent()) {
                    balance(income, incomeTotal.get(), columnIn.get(), pair[0], expenditure, expenditureTotal.get(), columnOut.get(), sink);
                }
            }
        }
    }

    private void balance(ExtractedTable income, TableRow incomeTotal, PrintedAmount in, TableColumn column, ExtractedTable expenditure,
                         TableRow expenditureTotal, PrintedAmount out, CheckSink sink) {
        Interval a = Interval.ofPrinted(in);
        Interval b = Interval.ofPrinted(out);
        if (a.intersects(b)) {
            sink.passed(ID);
            return;
        }
        String columnZh = column == null ? "" : "（" + Texts.withoutWhitespace(column.path()) + "）";
        String columnEn = column == null ? "" : " (" + Texts.withoutWhitespace(column.path()) + ")";
        String zh = "《" + income.title() + "》" + incomeTotal.label() + columnZh + " " + in.printed() + " 不等于 " + expenditureTotal.label() + columnZh
                + " " + out.printed();
        String en = income.title() + ": income total" + columnEn + " " + in.printed() + " does not equal expenditure total" + columnEn + " "
                + out.printed();
        // the first column keeps the fingerprint of the one comparison made before summaries were balanced column by column
        boolean first = column == null || income.columns().indexOf(column) == 0;
        List<FindingLocation> locations = column == null
                ? List.of(Locations.row(income, incomeTotal), Locations.row(expenditure, expenditureTotal))
                : List.of(Locations.cell(income, incomeTotal, column), Locations.cell(expenditure, expenditureTotal,
                        expenditure.columns().get(income.columns().indexOf(column))));
        sink.failed(new Finding(ID, category(), Severity.ERROR, zh, en, a, b, b.distanceTo(a), List.of(in.printed(), out.printed()), locations,
                first ? Fingerprints.of(ID, income.index()) : Fingerprints.of(ID, income.index(), column.index()), ValueUnit.of(income.unit())));
    }

    /**
     * The columns both sides print under the same headings, in order, when there are two or more and none is a 合计 (a
     * 合计 column is the side's total, compared as before); none otherwise.
     */
    private static List<TableColumn[]> sameColumns(ExtractedTable income, ExtractedTable expenditure) {
        List<TableColumn> in = income.columns();
        List<TableColumn> out = expenditure.columns();
        if (in.size() < 2 || in.size() != out.size() || in.stream().anyMatch(TableColumn::total) || out.stream().anyMatch(TableColumn::total)) {
            return List.of();
        }
        List<TableColumn[]> pairs = new java.util.ArrayList<>();
        for (int c = 0; c < in.size(); c++) {
            String heading = Texts.withoutWhitespace(in.get(c).path());
            if (heading.isEmpty() || !heading.equals(Texts.withoutWhitespace(out.get(c).path()))) {
                return List.of();
            }
            pairs.add(new TableColumn[] {in.get(c), out.get(c)});
        }
        return pairs;
    }

    private static Optional<PrintedAmount> figure(TableRow row, TableColumn column) {
        return row.cell(column.index()).map(TableCell::amount);
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
