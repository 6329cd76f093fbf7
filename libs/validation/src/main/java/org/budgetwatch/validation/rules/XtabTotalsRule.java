package org.budgetwatch.validation.rules;

import static org.budgetwatch.validation.rules.TableFigures.first;
import static org.budgetwatch.validation.rules.TableFigures.grandTotal;
import static org.budgetwatch.validation.rules.TableFigures.row;
import static org.budgetwatch.validation.rules.TableFigures.summaryLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.rules.TableFigures.Figure;

/**
 * XTAB-TOTALS: the grand totals agree across tables. The 收支总表's 收入总计 equals the 收入总表's 合计; its 本年支出合计
 * equals the 支出总表's 合计; the 财政拨款收支总表's 本年收入 equals the fiscal appropriation lines of the 收支总表
 * (一般公共预算 / 政府性基金预算 / 国有资本经营预算 拨款收入, or 财政拨款收入) — so 事业收入, 其他收入 and other income that
 * is not a fiscal appropriation legitimately make the two summaries differ; and the 一般公共预算支出表's 合计 equals the
 * 收支总表's 一般公共预算拨款收入 when the summary carries nothing over (a 上年结转 line may or may not be in that 合计).
 */
public final class XtabTotalsRule extends IdentityRule {

    public static final String ID = "XTAB-TOTALS";
    private static final Pattern INCOME_TOTAL = Pattern.compile("收入总计|收入合计");
    private static final Pattern SPENDING_TOTAL = Pattern.compile("本年支出合计|支出合计");
    private static final Pattern FISCAL_INCOME = Pattern.compile("本年收入(合计)?");
    private static final Pattern CARRIED_OVER = Pattern.compile("上年结转.*|年初.*结转.*");
    private static final Pattern GENERAL_INCOME = Pattern.compile("一般公共预算(拨款)?收入|一般公共预算(财政)?拨款(收入)?");
    private static final Pattern FISCAL_LINE = Pattern.compile("(一般公共预算|政府性基金预算|国有资本经营预算)(财政)?拨款收入|财政拨款收入|(一般公共预算|政府性基金预算|国有资本经营预算)(财政)?拨款");

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
        Optional<ExtractedTable> income = first(document, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.INCOME);
        Optional<ExtractedTable> spending = first(document, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.EXPENDITURE);
        Optional<ExtractedTable> revenue = first(document, TableType.REVENUE_SUMMARY, TableSide.WHOLE);
        Optional<ExtractedTable> expenditure = first(document, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE);
        Optional<ExtractedTable> fiscal = first(document, TableType.FISCAL_APPROPRIATION_SUMMARY, TableSide.INCOME);
        Optional<ExtractedTable> general = first(document, TableType.GENERAL_BUDGET_EXPENDITURE, TableSide.WHOLE);

        Optional<Figure> incomeTotal = income.flatMap(t -> line(t, n -> INCOME_TOTAL.matcher(n).matches()));
        Optional<Figure> spendingTotal = spending.flatMap(t -> line(t, n -> SPENDING_TOTAL.matcher(n).matches()))
                .or(() -> spending.flatMap(t -> line(t, n -> n.equals("支出总计"))));
        add(identities, revenue.flatMap(TableFigures::grandTotal), incomeTotal, "revenue");
        add(identities, expenditure.flatMap(TableFigures::grandTotal), spendingTotal, "expenditure");
        add(identities, fiscal.flatMap(t -> line(t, n -> FISCAL_INCOME.matcher(n).matches())), income.flatMap(XtabTotalsRule::fiscalIncome),
                "fiscal");
        if (income.flatMap(t -> line(t, n -> CARRIED_OVER.matcher(n).matches())).isEmpty()) {
            add(identities, general.flatMap(TableFigures::grandTotal),
                    income.flatMap(t -> line(t, n -> GENERAL_INCOME.matcher(n).matches())), "general");
        }
        return identities;
    }

    private static Optional<Figure> line(ExtractedTable table, java.util.function.Predicate<String> name) {
        return row(table, name).flatMap(r -> summaryLine(table, r));
    }

    /** The 收支总表's fiscal appropriation income lines, summed. */
    private static Optional<Figure> fiscalIncome(ExtractedTable income) {
        List<TableRow> rows = income.rows().stream().filter(r -> FISCAL_LINE.matcher(TableFigures.name(r)).matches()).toList();
        List<TableColumn> columns = new ArrayList<>();
        List<PrintedAmount> amounts = new ArrayList<>();
        TableRow first = null;
        for (TableRow row : rows) {
            Optional<Figure> line = summaryLine(income, row);
            if (line.isPresent()) {
                first = first == null ? row : first;
                columns.addAll(line.get().columns());
                amounts.addAll(line.get().amounts());
            }
        }
        return first == null ? Optional.empty() : Optional.of(new Figure(income, first, columns.stream().distinct().toList(), amounts));
    }

    private static void add(List<Addition> identities, Optional<Figure> left, Optional<Figure> right, String which) {
        if (left.isPresent() && right.isPresent()) {
            identities.add(Addition.between(left.get(), right.get(), List.of(which)));
        }
    }
}
