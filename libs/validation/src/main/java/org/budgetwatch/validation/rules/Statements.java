package org.budgetwatch.validation.rules;

import java.util.Optional;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.validation.report.FindingLocation;

/** Small readers shared by the narrative rules. */
final class Statements {

    private static final int OPENING_WORDS = 24;

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

    static FindingLocation location(NarrativeStatement statement) {
        return new FindingLocation(statement.tableIndex(), null, null, statement.rowIndex(), statement.subject(), null, null, null,
                statement.line(), statement.text(), statement.page());
    }
}
