package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.arithmetic.ColumnTotals;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;

/**
 * Finds the figures that cross-table identities compare: a table's grand total, a summary line by its name, a
 * column by its heading, each with the cells it was read from. Anything ambiguous is not found, so that a rule
 * skips the identity instead of comparing the wrong figures.
 */
final class TableFigures {

    /** "一、", "（十七）", "二." before a summary line's name. */
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^[（(]?[一二三四五六七八九十]+[、)）.．]");
    /** 2025年执行数, 上年 (not 上年结转), 增减额, 增减(%): a figure that is not the document's year's own. */
    private static final java.util.regex.Pattern NOT_OF_THE_YEAR = java.util.regex.Pattern.compile("增减|增幅|增长|变动|%|％|比上年|上年(?!结转|结余)|执行数");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(20\\d{2})\\s*年");

    private TableFigures() {
    }

    /** Figures read from one place, and that place. */
    record Figure(ExtractedTable table, TableRow row, List<TableColumn> columns, List<PrintedAmount> amounts, String label) {

        Figure {
            columns = List.copyOf(columns);
            amounts = List.copyOf(amounts);
        }

        Figure(ExtractedTable table, TableRow row, List<TableColumn> columns, List<PrintedAmount> amounts) {
            this(table, row, columns, amounts, null);
        }

        List<PrintedAmount> in(AmountUnit unit) {
            return amounts.stream().map(a -> a.inUnit(unit)).toList();
        }

        String describe() {
            String columnText = columns.size() == 1 && !columns.get(0).path().isBlank() ? "/" + columns.get(0).path() : "";
            return "《" + table.title() + "》" + (label != null ? label : Texts.withoutWhitespace(row.label())) + columnText;
        }
    }

    static Optional<ExtractedTable> first(ExtractedDocument document, TableType type, TableSide side) {
        return document.tables().stream().filter(t -> t.type() == type && t.side() == side && !t.isBlank()).findFirst();
    }

    /** The one table of that type and side with figures in a known unit that also passes {@code readable}; none if several. */
    static Optional<ExtractedTable> only(ExtractedDocument document, TableType type, TableSide side, Predicate<ExtractedTable> readable) {
        List<ExtractedTable> tables = document.tables().stream()
                .filter(t -> t.type() == type && t.side() == side && !t.isBlank() && t.unit().inYuan() != null && readable.test(t)).toList();
        return tables.size() == 1 ? Optional.of(tables.get(0)) : Optional.empty();
    }

    static String name(TableRow row) {
        return NUMBERING.matcher(Texts.withoutWhitespace(row.label())).replaceFirst("");
    }

    /** The last row of a table whose name matches, e.g. 收入总计. */
    static Optional<TableRow> row(ExtractedTable table, Predicate<String> name) {
        TableRow found = null;
        for (TableRow row : table.rows()) {
            if (name.test(name(row))) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The table's grand total row: the last total row, preferring one named 合计 or 总计. */
    static Optional<TableRow> totalRow(ExtractedTable table) {
        List<TableRow> totals = table.rows().stream().filter(TableRow::total).toList();
        return totals.stream().filter(r -> name(r).endsWith("合计") || name(r).endsWith("总计")).reduce((a, b) -> b).or(() -> totals.stream().reduce((a, b) -> b));
    }

    /** The table's first column when it is its 合计 column; tables whose first column is something else have none. */
    static Optional<TableColumn> grandTotalColumn(ExtractedTable table) {
        if (table.columns().isEmpty()) {
            return Optional.empty();
        }
        TableColumn first = table.columns().get(0);
        String leaf = ColumnTotals.leaf(first);
        return first.total() || leaf.equals("合计") ? Optional.of(first) : Optional.empty();
    }

    /** A table's grand total: its total row in its 合计 column. */
    static Optional<Figure> grandTotal(ExtractedTable table) {
        return totalRow(table).flatMap(row -> grandTotalColumn(table).flatMap(column -> cell(table, row, column)));
    }

    /** The first column whose heading path satisfies the test. */
    static Optional<TableColumn> column(ExtractedTable table, Predicate<String> path) {
        return table.columns().stream().filter(c -> path.test(Texts.withoutWhitespace(c.path()))).findFirst();
    }

    /** A column of the document's own year: not a prior year's (上年, 2025年执行数), not a change or a rate. */
    static boolean ofTheYear(TableColumn column, Integer fiscalYear) {
        String path = Texts.withoutWhitespace(column.path());
        if (NOT_OF_THE_YEAR.matcher(path).find()) {
            return false;
        }
        java.util.regex.Matcher year = YEAR.matcher(path);
        while (year.find()) {
            if (fiscalYear != null && Integer.parseInt(year.group(1)) < fiscalYear) {
                return false;
            }
        }
        return true;
    }

    static Optional<Figure> cell(ExtractedTable table, TableRow row, TableColumn column) {
        return row.cell(column.index()).map(TableCell::amount).map(a -> new Figure(table, row, List.of(column), List.of(a)));
    }

    /**
     * A line of a two-sided summary: the figure in its 合计 column when it has one, else the sum of its figure
     * columns when each has its own heading (编制预算 + 上年结转); nothing when columns repeat a heading.
     */
    static Optional<Figure> summaryLine(ExtractedTable table, TableRow row) {
        Optional<TableColumn> total = table.columns().stream().filter(TableColumn::total).findFirst();
        if (total.isPresent()) {
            return cell(table, row, total.get());
        }
        long distinct = table.columns().stream().map(TableColumn::path).distinct().count();
        if (distinct != table.columns().size()) {
            return Optional.empty();
        }
        List<TableColumn> columns = new ArrayList<>();
        List<PrintedAmount> amounts = new ArrayList<>();
        for (TableColumn column : table.columns()) {
            row.cell(column.index()).map(TableCell::amount).ifPresent(a -> {
                columns.add(column);
                amounts.add(a);
            });
        }
        return amounts.isEmpty() ? Optional.empty() : Optional.of(new Figure(table, row, columns, amounts));
    }
}
