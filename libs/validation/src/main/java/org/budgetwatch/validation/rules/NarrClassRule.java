package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.validation.rules.QuotedFigures.Quote;
import org.budgetwatch.validation.rules.TableFigures.Figure;

/**
 * NARR-CLASS: the classes a summary paragraph lists ("支出包括：社会保障和就业支出 320.14 万元、卫生健康支出 40014.15
 * 万元、住房保障支出 400.35 万元") are the class lines of the table the paragraph speaks of, which its opening total names:
 * "财政拨款收支总预算 X 万元。…支出包括：…" the 财政拨款收支总表's expenditure lines, "收支总预算 X 万元…支出包括：…" the
 * 收支总表's. Which table matters: 国家信访局 2026 p.18 lists under its 财政拨款收支总预算 the 财政拨款收支总表's
 * 一般公共服务支出 15,291.30, not the 一般公共预算支出表's 13,144.37. A summary printed without a 合计 column gives the sum
 * of its columns (延边 2024 预算表4: 314.17 编制预算 + 35.34 上年结转 for "社会保障和就业支出 349.50 万元"). A paragraph
 * that opens with no total of one of those two scopes, a name that is not exactly one line of the table, and a name
 * printed on two lines, are not compared. Comparison and severities: {@link QuotedFigures}.
 */
public final class NarrClassRule implements Rule {

    public static final String ID = "NARR-CLASS";

    /** "支出包括：", "支出主要包括：": the list of the paragraph's classes. */
    private static final Pattern LIST = Pattern.compile("^支出(?:主要)?包括[:：]");

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
            NarrativeStatement statement = statements.get(i);
            Optional<TotalScope> scope = TotalScope.of(statement.subject(), document.metadata().department());
            if (scope.isEmpty() || scope.get().side() == TotalScope.Side.INCOME || !scope.get().ofAccount(finalAccounts)) {
                continue;
            }
            Optional<ExtractedTable> table = table(document, scope.get().fund());
            if (table.isEmpty()) {
                continue;
            }
            i = checkList(document, i, table.get(), sink);
        }
    }

    /**
     * The list that follows the total at {@code index} in its paragraph, before any other total, checked line by line of
     * the table; the index of the last statement read.
     */
    private int checkList(ExtractedDocument document, int index, ExtractedTable table, CheckSink sink) {
        List<NarrativeStatement> statements = document.statements();
        int line = statements.get(index).line();
        int j = index + 1;
        while (j < statements.size() && statements.get(j).line() == line && !LIST.matcher(statements.get(j).text()).find()) {
            if (TotalScope.of(statements.get(j).subject(), document.metadata().department()).isPresent()) {
                return index; // another total opens before any list: the list, if any, is that total's
            }
            j++;
        }
        boolean first = true;
        for (; j < statements.size() && statements.get(j).line() == line; j++) {
            NarrativeStatement member = statements.get(j);
            String text = first ? LIST.matcher(member.text()).replaceFirst("") : member.text();
            first = false;
            List<Quote> quotes = quotes(member, text);
            List<Figure> lines = new ArrayList<>();
            for (Quote quote : quotes) {
                Optional<Figure> figure = classLine(table, quote.name());
                if (figure.isEmpty()) {
                    return j - 1; // the list ends, or names a line the table does not print as one
                }
                lines.add(figure.get());
            }
            if (quotes.isEmpty()) {
                return j - 1;
            }
            for (int q = 0; q < quotes.size(); q++) {
                QuotedFigures.check(quotes.get(q), List.of(lines.get(q)), sink);
            }
        }
        return j - 1;
    }

    private static List<Quote> quotes(NarrativeStatement statement, String text) {
        return Statements.namedFigures(text).stream().map(f -> new Quote(ID, statement, f.name(), f.amount(), "支出类")).toList();
    }

    /** The one expenditure line of the table named so (its numbering set aside), in its 合计 column or across its columns. */
    private static Optional<Figure> classLine(ExtractedTable table, String name) {
        List<TableRow> rows = table.rows().stream().filter(r -> TableFigures.name(r).equals(name)).toList();
        return rows.size() == 1 ? TableFigures.summaryLine(table, rows.get(0)) : Optional.empty();
    }

    /** The expenditure side of the summary of the paragraph's funds: all funds, or the fiscal appropriation. */
    private static Optional<ExtractedTable> table(ExtractedDocument document, TotalScope.Fund fund) {
        return fund.summary().flatMap(type -> TableFigures.only(document, type, TableSide.EXPENDITURE, t -> true));
    }
}
