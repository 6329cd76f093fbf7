package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.codes.CodeDictionary;
import org.budgetwatch.validation.rules.TableFigures.Figure;

/**
 * XTAB-CLASS: each function class (类, e.g. 210 卫生健康支出) of the 收支总表's expenditure side equals that class in
 * the 支出总表, and each class of the 财政拨款收支总表's expenditure side equals the same class summed over the
 * 一般公共预算, 政府性基金 and 国有资本经营 expenditure tables. A class is matched by its name; in a detail table it is the
 * class row, or, where the table lists only 款/项 rows, the sum of the top-level rows under the class code. Classes
 * that one side leaves blank are not compared (a blank is "not reported", not zero).
 */
public final class XtabClassRule extends IdentityRule {

    public static final String ID = "XTAB-CLASS";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "cross-table";
    }

    @Override
    List<Addition> identities(ExtractedDocument document) {
        List<Addition> identities = new ArrayList<>();
        TableFigures.first(document, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.EXPENDITURE).ifPresent(summary -> compare(summary,
                document.tables().stream().filter(t -> t.type() == TableType.EXPENDITURE_SUMMARY && t.side() == TableSide.WHOLE).limit(1).toList(),
                identities));
        TableFigures.first(document, TableType.FISCAL_APPROPRIATION_SUMMARY, TableSide.EXPENDITURE).ifPresent(summary -> compare(summary,
                document.tables().stream().filter(t -> t.side() == TableSide.WHOLE && (t.type() == TableType.GENERAL_BUDGET_EXPENDITURE
                        || t.type() == TableType.GOVERNMENT_FUND_EXPENDITURE || t.type() == TableType.STATE_CAPITAL_EXPENDITURE)).toList(),
                identities));
        return identities;
    }

    private static void compare(ExtractedTable summary, List<ExtractedTable> details, List<Addition> identities) {
        List<ExtractedTable> readable = details.stream().filter(t -> TableFigures.grandTotalColumn(t).isPresent()).toList();
        if (readable.isEmpty() || readable.size() < details.stream().filter(t -> !t.isBlank()).count()) {
            return;
        }
        for (TableRow line : summary.rows()) {
            String name = TableFigures.name(line);
            if (line.total() || !name.endsWith("支出") || name.contains("合计") || name.contains("总计")) {
                continue;
            }
            Optional<Figure> stated = TableFigures.summaryLine(summary, line);
            if (stated.isEmpty()) {
                continue;
            }
            List<Figure> detail = new ArrayList<>();
            for (ExtractedTable table : readable) {
                classFigure(table, name).ifPresent(detail::add);
            }
            if (detail.isEmpty()) {
                continue;
            }
            identities.add(Addition.between(stated.get(), merged(detail, summary), List.of(summary.index(), line.index())));
        }
    }

    /**
     * The class row named like the summary line, or the sum of the top-level rows under its code. A table that prints
     * the class once per budget unit (Shenzhen's 支出总表: 深圳市建筑工务署, then 本级 and each 中心 with its own 205, 208 …)
     * gives the sum of the units' class rows, when the units add up to the table's total; otherwise the class's scope
     * is unclear and nothing is compared.
     */
    private static Optional<Figure> classFigure(ExtractedTable table, String name) {
        TableColumn column = TableFigures.grandTotalColumn(table).orElseThrow();
        List<TableRow> classRows = table.rows().stream().filter(r -> isClassRow(r) && TableFigures.name(r).equals(name)).toList();
        if (classRows.size() == 1) {
            return TableFigures.cell(table, classRows.get(0), column);
        }
        if (classRows.size() > 1) {
            return UnitSections.sum(table, column, classRows, XtabClassRule::isClassRow, name + "（各预算单位之和）");
        }
        Optional<String> code = CodeDictionary.standard().classCode(name);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        List<TableRow> under = table.rows().stream()
                .filter(r -> r.codeKind() == CodeKind.FUNCTION && r.code() != null && r.code().startsWith(code.get())).toList();
        List<TableRow> top = under.stream().filter(r -> under.stream()
                .noneMatch(p -> p != r && p.code().length() < r.code().length() && r.code().startsWith(p.code()))).toList();
        List<PrintedAmount> amounts = new ArrayList<>();
        for (TableRow row : top) {
            row.cell(column.index()).map(org.budgetwatch.extraction.model.TableCell::amount).ifPresent(amounts::add);
        }
        return amounts.isEmpty() ? Optional.empty() : Optional.of(new Figure(table, top.get(0), List.of(column), amounts,
                code.get() + " " + name + "（各科目之和）"));
    }

    private static boolean isClassRow(TableRow row) {
        return row.codeKind() == CodeKind.FUNCTION && row.code() != null && row.code().length() == 3;
    }

    private static Figure merged(List<Figure> figures, ExtractedTable summary) {
        if (figures.size() == 1) {
            return figures.get(0);
        }
        List<PrintedAmount> amounts = new ArrayList<>();
        List<TableColumn> columns = new ArrayList<>();
        for (Figure figure : figures) {
            amounts.addAll(figure.in(summary.unit()));
            columns.addAll(figure.columns());
        }
        Figure first = figures.get(0);
        return new Figure(first.table(), first.row(), List.of(columns.get(0)), amounts, first.label());
    }
}
