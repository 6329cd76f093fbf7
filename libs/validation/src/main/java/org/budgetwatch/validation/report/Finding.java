package org.budgetwatch.validation.report;

import java.util.List;
import org.budgetwatch.extraction.amount.Interval;

/**
 * One discrepancy with its evidence.
 *
 * @param fingerprint stable across runs for the same finding in the same document
 */
public record Finding(String ruleId, String category, Severity severity, String messageZh, String messageEn,
                      Interval expected, Interval actual, java.math.BigDecimal difference, List<String> addends,
                      List<FindingLocation> locations, String fingerprint) {

    public Finding {
        addends = List.copyOf(addends);
        locations = List.copyOf(locations);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, category, newSeverity, messageZh, messageEn, expected, actual, difference, addends, locations, fingerprint);
    }
}
