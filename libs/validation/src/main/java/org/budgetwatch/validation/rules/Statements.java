package org.budgetwatch.validation.rules;

import java.util.Optional;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.validation.report.FindingLocation;

/** Small readers shared by the narrative rules. */
final class Statements {

    private Statements() {
    }

    static Optional<PrintedAmount> value(NarrativeStatement statement, String role) {
        return statement.values().stream().filter(v -> v.role().equals(role)).map(StatedValue::amount).findFirst();
    }

    static FindingLocation location(NarrativeStatement statement) {
        return new FindingLocation(statement.tableIndex(), null, null, statement.rowIndex(), statement.subject(), null, null, null,
                statement.line(), statement.text(), statement.page());
    }
}
