package org.budgetwatch.validation.rules;

import java.util.Optional;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.validation.report.FindingLocation;

/** Small readers shared by the narrative rules. */
final class Statements {

    private static final int OPENING_WORDS = 24;
    /** A name and its amount in a list: "卫生健康支出 40014.15 万元", "上年结转 91.09 万元". */
    private static final java.util.regex.Pattern NAMED_FIGURE = java.util.regex.Pattern.compile(
            "([^，,、；;：:。\\d]+?)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(亿元|万元|元)");

    /** An amount of a statement's text with the words printed right before it. */
    record NamedFigure(String name, PrintedAmount amount) {
    }

    private Statements() {
    }

    static Optional<PrintedAmount> value(NarrativeStatement statement, String role) {
        return statement.values().stream().filter(v -> v.role().equals(role)).map(StatedValue::amount).findFirst();
    }

    /**
     * A printed rate as cut rather than rounded (16.0776% printed 16.07%) or rounded up: within one unit of its last
     * digit either way. A rate that only this explains is a rounding matter, never an ERROR.
     */
    static org.budgetwatch.extraction.amount.Interval truncated(PrintedAmount rate) {
        java.math.BigDecimal unit = java.math.BigDecimal.ONE.movePointLeft(Math.max(rate.scale(), 0));
        return new org.budgetwatch.extraction.amount.Interval(rate.value().subtract(unit), rate.value().add(unit));
    }

    /**
     * What a finding calls the statement: its subject, or where the reader found none (a sentence whose subject was
     * printed on the line before) its opening clause, so that a message never names "null".
     */
    static String named(NarrativeStatement statement) {
        if (statement.subject() != null && !statement.subject().isBlank()) {
            return statement.subject();
        }
        String text = statement.text().strip();
        int clause = 0;
        while (clause < text.length() && clause < OPENING_WORDS && "，,；;。".indexOf(text.charAt(clause)) < 0) {
            clause++;
        }
        return clause == text.length() ? text : text.substring(0, clause) + "…";
    }

    /**
     * The amounts a statement's text lists, each with its name: "支出包括：社会保障和就业支出 320.14 万元、卫生健康支出
     * 40014.15 万元" gives 社会保障和就业支出 and 卫生健康支出, the words after the colon or list mark before each figure.
     */
    static java.util.List<NamedFigure> namedFigures(String text) {
        java.util.List<NamedFigure> figures = new java.util.ArrayList<>();
        java.util.regex.Matcher figure = NAMED_FIGURE.matcher(text);
        while (figure.find()) {
            String name = org.budgetwatch.extraction.table.Texts.withoutWhitespace(figure.group(1));
            org.budgetwatch.extraction.amount.AmountParser.parseCell(figure.group(2),
                    org.budgetwatch.extraction.amount.AmountUnit.fromPrinted(figure.group(3))).ifPresent(a -> figures.add(new NamedFigure(name, a)));
        }
        return figures;
    }

    static FindingLocation location(NarrativeStatement statement) {
        return new FindingLocation(statement.tableIndex(), null, null, statement.rowIndex(), statement.subject(), null, null, null,
                statement.line(), statement.text(), statement.page());
    }
}
