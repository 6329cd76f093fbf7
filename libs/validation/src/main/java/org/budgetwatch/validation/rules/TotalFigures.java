package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.arithmetic.ColumnTotals;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.rules.TotalScope.Fund;
import org.budgetwatch.validation.rules.TotalScope.Side;

/**
 * The table totals a narrative total of some scope may be quoting, for NARR-TOTAL ({@link NarrTotalRule}): any one of
 * them printed alike makes the sentence right, since a 收入预算 may be the 收入总计 or the 本年收入合计, and the
 * 收支总表, the 收入总表 and the 财政拨款收支总表 each print it.
 * <ul>
 * <li>all funds: the 收支总表's total rows on the side named, the 收入总表's or 支出总表's grand total;</li>
 * <li>财政拨款: the 财政拨款收支总表's total rows;</li>
 * <li>一般公共预算, 政府性基金, 国有资本经营: the grand total of that fund's expenditure table (an empty table is 0), the
 * 财政拨款收支总表's total rows in that fund's column, and on the income side the summaries' lines of that fund.</li>
 * </ul>
 */
final class TotalFigures {

    private static final Pattern TOTAL_NAME = Pattern.compile("^(本年)?(收入|支出)?(总计|合计|小计)$");
    private static final Pattern MAIN_COLUMN = Pattern.compile(".*(合计|总计|预算数|决算数|金额)$");

    private TotalFigures() {
    }

    /** A figure of a table a narrative total may quote: a cell, or an empty table (0). */
    record Candidate(ExtractedTable table, TableRow row, TableColumn column, String printed, Interval value, BigDecimal exact) {

        static Candidate of(ExtractedTable table, TableRow row, TableColumn column, PrintedAmount amount) {
            return new Candidate(table, row, column, amount.printed(), Interval.ofPrinted(amount), amount.value());
        }

        Interval inYuan() {
            return value.times(table.unit().inYuan());
        }

        BigDecimal exactYuan() {
            return exact.multiply(table.unit().inYuan());
        }

        String label() {
            if (row == null) {
                return "（空表）";
            }
            String columnText = column == null || column.path().isBlank() || table.columns().size() == 1 ? "" : "/" + column.path();
            return Texts.withoutWhitespace(row.label()) + columnText;
        }

        FindingLocation location() {
            return row == null ? new FindingLocation(table.index(), table.type(), table.title(), null, null, null, null, null,
                    table.location().firstLine(), null, table.location().page()) : Locations.cell(table, row, column);
        }
    }

    static List<Candidate> of(ExtractedDocument document, TotalScope scope) {
        List<Candidate> candidates = new ArrayList<>();
        if (scope.side() != Side.EXPENDITURE) {
            income(document, scope.fund(), candidates);
        }
        if (scope.side() != Side.INCOME) {
            expenditure(document, scope.fund(), candidates);
        }
        return candidates;
    }

    private static void income(ExtractedDocument document, Fund fund, List<Candidate> candidates) {
        switch (fund) {
            case ALL -> {
                totalRows(document, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.INCOME, null, candidates);
                grandTotals(document, TableType.REVENUE_SUMMARY, candidates);
            }
            case FISCAL -> totalRows(document, TableType.FISCAL_APPROPRIATION_SUMMARY, TableSide.INCOME, null, candidates);
            default -> {
                String keyword = keyword(fund);
                fundLines(document, TableType.FISCAL_APPROPRIATION_SUMMARY, keyword, candidates);
                fundLines(document, TableType.REVENUE_EXPENDITURE_SUMMARY, keyword, candidates);
                totalRows(document, TableType.REVENUE_SUMMARY, TableSide.WHOLE, keyword, candidates);
            }
        }
    }

    private static void expenditure(ExtractedDocument document, Fund fund, List<Candidate> candidates) {
        switch (fund) {
            case ALL -> {
                totalRows(document, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.EXPENDITURE, null, candidates);
                grandTotals(document, TableType.EXPENDITURE_SUMMARY, candidates);
            }
            case FISCAL -> totalRows(document, TableType.FISCAL_APPROPRIATION_SUMMARY, TableSide.EXPENDITURE, null, candidates);
            default -> {
                grandTotals(document, fundTable(fund), candidates);
                totalRows(document, TableType.FISCAL_APPROPRIATION_SUMMARY, TableSide.EXPENDITURE, keyword(fund), candidates);
            }
        }
    }

    private static String keyword(Fund fund) {
        return switch (fund) {
            case GENERAL -> "一般公共预算";
            case GOVERNMENT_FUND -> "政府性基金";
            default -> "国有资本经营";
        };
    }

    private static TableType fundTable(Fund fund) {
        return switch (fund) {
            case GENERAL -> TableType.GENERAL_BUDGET_EXPENDITURE;
            case GOVERNMENT_FUND -> TableType.GOVERNMENT_FUND_EXPENDITURE;
            default -> TableType.STATE_CAPITAL_EXPENDITURE;
        };
    }

    /** The total rows of a table of this type and side, in its main column or in the column of the fund named. */
    private static void totalRows(ExtractedDocument document, TableType type, TableSide side, String fundColumn, List<Candidate> candidates) {
        for (ExtractedTable table : document.tables()) {
            if (table.type() != type || table.side() != side || table.unit().inYuan() == null) {
                continue;
            }
            Optional<TableColumn> column = fundColumn == null ? mainColumn(table)
                    : table.columns().stream().filter(c -> Texts.withoutWhitespace(c.path()).contains(fundColumn)).findFirst();
            boolean split = column.isEmpty() && fundColumn == null && splitByFunds(table, document.metadata().fiscalYear());
            if (column.isEmpty() && !split) {
                continue;
            }
            for (TableRow row : table.rows()) {
                if (row.total() || TOTAL_NAME.matcher(TableFigures.name(row)).matches()) {
                    (split ? acrossColumns(table, row) : cell(table, row, column.get())).ifPresent(candidates::add);
                }
            }
        }
    }

    /** A summary's lines of one fund (一般公共预算拨款收入 …), in its main column. */
    private static void fundLines(ExtractedDocument document, TableType type, String keyword, List<Candidate> candidates) {
        for (ExtractedTable table : document.tables()) {
            if (table.type() != type || table.side() != TableSide.INCOME || table.unit().inYuan() == null) {
                continue;
            }
            Optional<TableColumn> column = mainColumn(table);
            for (TableRow row : table.rows()) {
                if (column.isPresent() && TableFigures.name(row).contains(keyword)) {
                    cell(table, row, column.get()).ifPresent(candidates::add);
                }
            }
        }
    }

    /** Every table of the type's grand total; an empty table (printed with its note, say) totals 0. */
    private static void grandTotals(ExtractedDocument document, TableType type, List<Candidate> candidates) {
        for (ExtractedTable table : document.tables()) {
            if (table.type() != type || table.unit().inYuan() == null) {
                continue;
            }
            if (table.isBlank()) {
                candidates.add(new Candidate(table, null, null, "0", Interval.ZERO, BigDecimal.ZERO));
                continue;
            }
            TableFigures.grandTotal(table).ifPresent(figure ->
                    candidates.add(Candidate.of(table, figure.row(), figure.columns().get(0), figure.amounts().get(0))));
        }
    }

    /** A summary's column of totals: its 合计 column, its only column, or a first column headed 合计/预算数/金额. */
    static Optional<TableColumn> mainColumn(ExtractedTable table) {
        Optional<TableColumn> total = table.columns().stream().filter(TableColumn::total).findFirst();
        if (total.isPresent() || table.columns().size() == 1) {
            return total.or(() -> Optional.of(table.columns().get(0)));
        }
        return table.columns().stream().findFirst().filter(c -> MAIN_COLUMN.matcher(ColumnTotals.leaf(c)).matches());
    }

    /**
     * A summary printed without a 合计 column, its figures split over columns of the year (延边 2024 预算表1 and 预算表4:
     * 编制预算 and 上年结转): its total is the sum across them.
     */
    private static boolean splitByFunds(ExtractedTable table, Integer fiscalYear) {
        return table.columns().size() >= 2 && table.columns().stream().allMatch(c -> TableFigures.ofTheYear(c, fiscalYear) && !c.path().isBlank());
    }

    private static Optional<Candidate> acrossColumns(ExtractedTable table, TableRow row) {
        List<PrintedAmount> amounts = table.columns().stream().map(c -> row.cell(c.index()).map(TableCell::amount).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        Interval sum = Interval.ZERO;
        BigDecimal exact = BigDecimal.ZERO;
        for (PrintedAmount amount : amounts) {
            sum = sum.plus(Interval.ofPrinted(amount));
            exact = exact.add(amount.value());
        }
        String printed = String.join("+", amounts.stream().map(PrintedAmount::printed).toList());
        return Optional.of(new Candidate(table, row, null, printed, sum, exact));
    }

    private static Optional<Candidate> cell(ExtractedTable table, TableRow row, TableColumn column) {
        return row.cell(column.index()).map(TableCell::amount).map(amount -> Candidate.of(table, row, column, amount));
    }
}
