package org.budgetwatch.validation.report;

import java.util.List;
import org.budgetwatch.extraction.amount.Interval;

/**
 * One discrepancy with its evidence.
 *
 * @param fingerprint stable across runs for the same finding in the same document
 * @param unit        what expected, actual, difference and addends are counted in
 */
public record Finding(String ruleId, String category, Severity severity, String messageZh, String messageEn,
                      Interval expected, Interval actual, java.math.BigDecimal difference, List<String> addends,
                      List<FindingLocation> locations, String fingerprint, ValueUnit unit) {

    public Finding {
        addends = List.copyOf(addends);
        locations = List.copyOf(locations);
        java.util.Objects.requireNonNull(unit, "unit: ValueUnit.NONE when the finding compares no values");
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, category, newSeverity, messageZh, messageEn, expected, actual, difference, addends, locations, fingerprint, unit);
    }
}
