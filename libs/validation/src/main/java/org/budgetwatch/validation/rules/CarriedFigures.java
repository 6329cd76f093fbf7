package org.budgetwatch.validation.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.rules.TableFigures.Figure;

/**
 * Where a summary prints the money carried over from last year. Templates print it as a line under the year's income
 * (上年结转结余 in 北京 预算01表, 二、上年结转 in 国家信访局's 财政拨款收支总表, 年初结转和结余 in a 决算, 上年结余、结转 in
 * 深圳), as a column beside the year's budget (延边 2024 预算表1 and 预算表4: 编制预算 | 上年结转, the carried-over money
 * being the 收入总计 of that column), or, in the 收入总表, as a column or a group of columns with its 小计. Its parts
 * (财政拨款结转, 其中：…, 1.财政拨款结余、结转) are not it. A figure is found only where one place holds it: a summary with
 * both a carried-over column and a carried-over line printed, or two such lines, gives none.
 */
final class CarriedFigures {

    /** 上年结转, 上年结转结余, 上年结转和结余资金, 上年结余、结转, 年初结转和结余, 年初财政拨款结转和结余. */
    private static final Pattern CARRIED = Pattern.compile("(上年|年初)(财政拨款)?(结转|结余)[、和及]?(结转|结余)?(资金)?");

    private CarriedFigures() {
    }

    /** A two-sided summary's income side (收支总表, 财政拨款收支总表): its carried-over line or column. */
    static Optional<Figure> ofSummary(ExtractedTable income) {
        List<TableRow> lines = income.rows().stream().filter(r -> CARRIED.matcher(TableFigures.name(r)).matches())
                .filter(r -> TableFigures.summaryLine(income, r).isPresent()).toList();
        List<TableColumn> columns = carriedColumns(income);
        if (columns.size() == 1 && lines.isEmpty()) {
            return TableFigures.totalRow(income).flatMap(total -> TableFigures.cell(income, total, columns.get(0)));
        }
        if (columns.isEmpty() && lines.size() == 1) {
            return TableFigures.summaryLine(income, lines.get(0));
        }
        return Optional.empty();
    }

    /** The 收入总表's carried-over column (or its group's 小计) on the total row; a 收入总表 printed as lines, its line. */
    static Optional<Figure> ofRevenue(ExtractedTable revenue) {
        Optional<TableRow> total = TableFigures.totalRow(revenue).or(() -> revenue.rows().size() == 1 ? Optional.of(revenue.rows().get(0)) : Optional.empty());
        List<TableColumn> columns = revenue.columns().stream().filter(c -> {
            String[] segments = Texts.withoutWhitespace(c.path()).split("/");
            return CARRIED.matcher(segments[0]).matches() && (segments.length == 1 || c.total());
        }).toList();
        if (columns.size() == 1) {
            return total.flatMap(row -> TableFigures.cell(revenue, row, columns.get(0)));
        }
        List<TableRow> lines = revenue.rows().stream().filter(r -> CARRIED.matcher(TableFigures.name(r)).matches()).toList();
        if (columns.isEmpty() && revenue.columns().size() == 1 && lines.size() == 1) {
            return TableFigures.cell(revenue, lines.get(0), revenue.columns().get(0));
        }
        return Optional.empty();
    }

    /** A summary's carried-over columns, when it prints its money in columns of their own and no 合计 column. */
    private static List<TableColumn> carriedColumns(ExtractedTable income) {
        if (income.columns().size() < 2 || income.columns().stream().anyMatch(TableColumn::total)) {
            return List.of();
        }
        return income.columns().stream().filter(c -> CARRIED.matcher(Texts.withoutWhitespace(c.path())).matches()).toList();
    }
}
