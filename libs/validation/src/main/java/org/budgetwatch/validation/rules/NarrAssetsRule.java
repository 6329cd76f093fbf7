package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.rules.QuotedFigures.Quote;
import org.budgetwatch.validation.rules.TableFigures.Figure;

/**
 * NARR-ASSETS: the fixed assets the narrative states and sends the reader to the table below for ("保定市满城区医疗保障局本级
 * 上年末固定资产金额为89.44万元（详见下表）", 保定 2024 line 2562) are the total of that table, the next one printed, when it
 * is a table of fixed assets (单位固定资产占用情况表): each of its total lines (合计, 资产总额) in its 价值 (金额) column, so
 * that a table whose two totals differ is named at the one the sentence does not agree with. A sentence that
 * points at no table (武汉 2024 "占有使用国有资产86.66万元"), or at one that is not of fixed assets, is not compared.
 * Comparison and severities: {@link QuotedFigures}.
 */
public final class NarrAssetsRule implements Rule {

    public static final String ID = "NARR-ASSETS";

    private static final Pattern SUBJECT = Pattern.compile("固定资产(?:金额|总额|价值|原值|账面价值)?$");
    private static final Pattern SEE_BELOW = Pattern.compile("[详具]?见下表");
    private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|资产总额|固定资产合计)$");
    private static final Pattern VALUE = Pattern.compile(".*(价值|金额|原值).*");

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
        for (NarrativeStatement statement : document.statements()) {
            Optional<PrintedAmount> stated = Statements.value(statement, StatedValue.AMOUNT);
            if (stated.isEmpty() || statement.subject() == null || !SUBJECT.matcher(Texts.withoutWhitespace(statement.subject())).find()
                    || !SEE_BELOW.matcher(statement.text()).find()) {
                continue;
            }
            Quote quote = new Quote(ID, statement, "固定资产", stated.get(), "");
            tableBelow(document, statement).ifPresent(table -> totals(table).forEach(total -> QuotedFigures.check(quote, List.of(total), sink)));
        }
    }

    /** The first table printed after the sentence, when it is a table of fixed assets. */
    private static Optional<ExtractedTable> tableBelow(ExtractedDocument document, NarrativeStatement statement) {
        return document.tables().stream().filter(t -> t.location().firstLine() > statement.line())
                .min(Comparator.comparingInt(t -> t.location().firstLine()))
                .filter(t -> Texts.withoutWhitespace(t.title()).contains("固定资产") && t.unit().inYuan() != null);
    }

    private static List<Figure> totals(ExtractedTable table) {
        List<TableColumn> values = table.columns().stream().filter(c -> VALUE.matcher(Texts.withoutWhitespace(c.path())).matches()).toList();
        List<TableColumn> columns = values.isEmpty() && table.columns().size() == 1 ? table.columns() : values;
        List<Figure> figures = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if (TOTAL.matcher(TableFigures.name(row)).matches()) {
                for (TableColumn column : columns) {
                    TableFigures.cell(table, row, column).ifPresent(figures::add);
                }
            }
        }
        return figures;
    }
}
