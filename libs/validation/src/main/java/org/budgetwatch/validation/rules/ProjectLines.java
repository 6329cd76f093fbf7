package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.arithmetic.TableConfidence;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;

/**
 * The project table's lines (项目支出表, and Xi'an's 专项业务经费支出表, its name for the same table) with each line's
 * amount of all funds and its fiscal appropriation, for comparing with what the performance forms state. Lines are
 * found by their printed name, never by position: a project printed twice (funded from two sources) has two lines.
 */
final class ProjectLines {

    private static final Pattern PROJECT_TABLE_TITLE = Pattern.compile(".*(项目支出|专项业务经费).*表.*");
    private static final Pattern TOTAL_COLUMN = Pattern.compile("(.*/)?(合计|总计|项目金额|金额)");
    private static final Pattern FISCAL_COLUMN = Pattern.compile("(.*/)?(财政拨款(/小计|合计)?|财政拨款小计)");

    /** 本年拨款/一般公共预算, 本年财政拨款/政府性基金预算: this year's appropriations, without the carried-over (结转) ones. */
    private static final Pattern THIS_YEARS_COLUMN = Pattern.compile("(本年|当年)[^/]*拨款/.*");

    /**
     * One line of a project table, with the amounts a form may state for it: the line's 合计, its 财政拨款, and this
     * year's appropriations (a form often states 12.20 where the line adds 2.48 carried over to make 14.68).
     */
    record Line(String name, PrintedAmount total, PrintedAmount fiscal, ExtractedTable table, TableRow row, TableColumn totalColumn,
                TableColumn fiscalColumn, List<PrintedAmount> thisYears, List<TableColumn> thisYearsColumns) {
    }

    private ProjectLines() {
    }

    /** The document's project tables: the 项目支出表 type, or a table named for project spending, never a performance form. */
    static List<ExtractedTable> tables(ExtractedDocument document) {
        return document.tables().stream()
                .filter(t -> !t.isForm() && !ProjectForms.isProjectForm(t))
                .filter(t -> t.type() == TableType.PROJECT_EXPENDITURE
                        || t.type() == TableType.OTHER && PROJECT_TABLE_TITLE.matcher(Texts.withoutWhitespace(t.title())).matches())
                .filter(t -> totalColumn(t).isPresent())
                .toList();
    }

    static boolean trusted(ExtractedTable table) {
        return !TableConfidence.of(table).doubtful();
    }

    static List<Line> of(ExtractedTable table) {
        TableColumn total = totalColumn(table).orElseThrow();
        Optional<TableColumn> fiscal = table.columns().stream().filter(c -> FISCAL_COLUMN.matcher(Texts.withoutWhitespace(c.path())).matches())
                .findFirst();
        List<Line> lines = new ArrayList<>();
        for (TableRow row : table.rows()) {
            String name = CodeNames.clean(row.label());
            if (row.total() || name.length() < 2) {
                continue;
            }
            PrintedAmount amount = row.cell(total.index()).map(TableCell::amount).orElse(null);
            PrintedAmount fiscalAmount = fiscal.flatMap(c -> row.cell(c.index())).map(TableCell::amount).orElse(null);
            List<PrintedAmount> thisYears = new ArrayList<>();
            List<TableColumn> thisYearsColumns = new ArrayList<>();
            for (TableColumn column : table.columns()) {
                if (THIS_YEARS_COLUMN.matcher(Texts.withoutWhitespace(column.path())).matches()) {
                    row.cell(column.index()).map(TableCell::amount).ifPresent(a -> {
                        thisYears.add(a);
                        thisYearsColumns.add(column);
                    });
                }
            }
            if (amount != null) {
                lines.add(new Line(name, amount, fiscalAmount, table, row, total, fiscal.orElse(null), thisYears, thisYearsColumns));
            }
        }
        return lines;
    }

    private static Optional<TableColumn> totalColumn(ExtractedTable table) {
        return TableFigures.grandTotalColumn(table)
                .or(() -> table.columns().stream().filter(c -> TOTAL_COLUMN.matcher(Texts.withoutWhitespace(c.path())).matches()).findFirst());
    }
}
