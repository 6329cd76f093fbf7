package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.rules.QuotedFigures.Quote;
import org.budgetwatch.validation.rules.Statements.NamedFigure;
import org.budgetwatch.validation.rules.TableFigures.Figure;

/**
 * NARR-SOURCES: a whole the narrative breaks down by where its money comes from — this year's appropriation (当年预算,
 * 本年收入, 使用本年拨款) and what is carried over (上年结转, 财政拨款结转) — is broken down as its own table prints it. The
 * whole, stated before the parts in the same paragraph, says which table: 收支总预算 the 收支总表's income side, 财政拨款收支
 * 总预算 the 财政拨款收支总表's, 项目支出 the 项目支出表. The part is that table's column of its kind at the total row (延边
 * 2024 预算表4: 收入总计 1,053.43 编制预算 | 91.09 上年结转; 预算表9: 合计 416.57 本年财政拨款 | 91.09 财政拨款结转) or its
 * line of that name (国家信访局 2026 财政拨款收支总表: 二、上年结转 2,254.12). Parts a row is linked to and compared by
 * NARR-AMOUNT, parts named with one fund ("一般公共预算本年拨款", Wuhan's project paragraph, whose table splits no column
 * by fund that way), and wholes of another scope are not read. Comparison and severities: {@link QuotedFigures}.
 */
public final class NarrSourcesRule implements Rule {

    public static final String ID = "NARR-SOURCES";

    private enum Source { CURRENT, CARRIED }

    private static final Set<String> CURRENT = Set.of("当年预算", "本年预算", "本年收入", "本年拨款", "当年拨款", "使用本年拨款", "本年财政拨款");
    private static final Set<String> CARRIED = Set.of("上年结转", "上年结转结余", "上年结转和结余", "财政拨款结转", "财政拨款结转结余", "使用上年结转");
    /** "2024 年部门项目支出", "本部门项目支出": the project spending of the whole department. */
    private static final Pattern PROJECTS = Pattern.compile("^(?:本部门|本单位|部门|20\\d{2}\\s*年度?)*项目支出(?:预算)?$");
    private static final Pattern TOTAL_ROW = Pattern.compile("^(本年)?(收入)?(总计|合计)$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "narrative";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        boolean finalAccounts = CompleteTablesRule.isFinalAccounts(document);
        List<NarrativeStatement> statements = document.statements();
        for (int i = 0; i < statements.size(); i++) {
            Optional<ExtractedTable> table = wholesTable(document, statements.get(i), finalAccounts);
            if (table.isEmpty()) {
                continue;
            }
            int line = statements.get(i).line();
            for (int j = i + 1; j < statements.size() && statements.get(j).line() == line; j++) {
                NarrativeStatement part = statements.get(j);
                if (statesAWhole(document, part) || part.text().startsWith("支出")) {
                    break; // another whole (of this scope or another), or the paragraph goes on to the spending side
                }
                for (NamedFigure figure : Statements.namedFigures(part.text())) {
                    Optional<Source> source = source(figure.name());
                    if (source.isPresent() && !comparedByNarrAmount(document, part, figure)) {
                        QuotedFigures.check(new Quote(ID, part, figure.name(), figure.amount(), "资金来源"),
                                candidates(document, table.get(), source.get()), sink);
                    }
                }
            }
        }
    }

    private static Optional<Source> source(String name) {
        return CURRENT.contains(name) ? Optional.of(Source.CURRENT) : CARRIED.contains(name) ? Optional.of(Source.CARRIED) : Optional.empty();
    }

    /** A statement of a total of any scope, or of the department's project spending. */
    private static boolean statesAWhole(ExtractedDocument document, NarrativeStatement statement) {
        return statement.subject() != null && (PROJECTS.matcher(Texts.withoutWhitespace(statement.subject())).matches()
                || TotalScope.of(statement.subject(), document.metadata().department()).isPresent());
    }

    /** The table of the whole a statement states: the summary of its funds, or the project table. */
    private static Optional<ExtractedTable> wholesTable(ExtractedDocument document, NarrativeStatement statement, boolean finalAccounts) {
        if (statement.subject() == null) {
            return Optional.empty();
        }
        if (PROJECTS.matcher(Texts.withoutWhitespace(statement.subject())).matches()) {
            return withTotal(document, TableType.PROJECT_EXPENDITURE, TableSide.WHOLE);
        }
        Optional<TotalScope> scope = TotalScope.of(statement.subject(), document.metadata().department());
        if (scope.isEmpty() || scope.get().side() == TotalScope.Side.EXPENDITURE || !scope.get().ofAccount(finalAccounts)) {
            return Optional.empty();
        }
        return scope.get().fund().summary().flatMap(type -> withTotal(document, type, TableSide.INCOME));
    }

    private static Optional<ExtractedTable> withTotal(ExtractedDocument document, TableType type, TableSide side) {
        return TableFigures.only(document, type, side, t -> TableFigures.totalRow(t).isPresent());
    }

    /** A part the sentence's subject names and the reader linked to a row with figures: NARR-AMOUNT compares it. */
    private static boolean comparedByNarrAmount(ExtractedDocument document, NarrativeStatement part, NamedFigure figure) {
        if (part.tableIndex() == null || part.subject() == null || !Texts.withoutWhitespace(part.subject()).equals(figure.name())) {
            return false;
        }
        return document.tables().stream().filter(t -> t.index() == part.tableIndex()).findFirst()
                .map(t -> t.rows().get(part.rowIndex()).cells().stream().anyMatch(c -> c.amount() != null)).orElse(false);
    }

    /** The part of the table: its column of that kind at each total row, and its line of that name. */
    private static List<Figure> candidates(ExtractedDocument document, ExtractedTable table, Source source) {
        List<Figure> figures = new ArrayList<>();
        List<TableColumn> columns = columns(table, source, document.metadata().fiscalYear());
        for (TableRow row : table.rows()) {
            String name = TableFigures.name(row);
            if (!columns.isEmpty() && (row.total() || TOTAL_ROW.matcher(name).matches())) {
                across(table, row, columns).ifPresent(figures::add);
            }
            if (source(name).filter(s -> s == source).isPresent()) {
                TotalFigures.mainColumn(table).flatMap(c -> TableFigures.cell(table, row, c)).ifPresent(figures::add);
            }
        }
        return figures;
    }

    /**
     * The columns of that kind: 上年结转, 财政拨款结转/一般公共预算 … for carried money; 编制预算, 本年财政拨款/… for this
     * year's. A 小计 of the kind stands alone; otherwise its columns add up.
     */
    private static List<TableColumn> columns(ExtractedTable table, Source source, Integer fiscalYear) {
        List<TableColumn> columns = table.columns().stream().filter(c -> TableFigures.ofTheYear(c, fiscalYear) && kind(c) == source).toList();
        List<TableColumn> subtotals = columns.stream().filter(c -> c.total() || Texts.withoutWhitespace(c.path()).matches(".*/(小计|合计)$")).toList();
        return subtotals.size() == 1 ? subtotals : subtotals.isEmpty() ? columns : List.of();
    }

    private static Source kind(TableColumn column) {
        String path = Texts.withoutWhitespace(column.path());
        if (path.contains("结转")) {
            return Source.CARRIED;
        }
        return path.startsWith("本年") || path.startsWith("当年") || path.startsWith("编制预算") ? Source.CURRENT : null;
    }

    private static Optional<Figure> across(ExtractedTable table, TableRow row, List<TableColumn> columns) {
        List<TableColumn> printed = new ArrayList<>();
        List<PrintedAmount> amounts = new ArrayList<>();
        for (TableColumn column : columns) {
            row.cell(column.index()).map(TableCell::amount).ifPresent(a -> {
                printed.add(column);
                amounts.add(a);
            });
        }
        return amounts.isEmpty() ? Optional.empty() : Optional.of(new Figure(table, row, printed, amounts));
    }
}
