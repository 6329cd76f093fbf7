package org.budgetwatch.validation;

import java.util.List;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.rules.Fingerprints;
import org.budgetwatch.validation.rules.Rule;

/**
 * A rule that could not finish on a document (a layout it does not expect) must not cost the document its report:
 * the other rules still run, and the report says which checks were not made, as an INFO finding of that rule.
 */
final class RuleFailure {

    private RuleFailure() {
    }

    static Finding of(Rule rule, RuntimeException e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new Finding(rule.id(), rule.category(), Severity.INFO, "规则 " + rule.id() + " 未能完成对本文件的检查（" + reason + "），其余检查不受影响",
                "rule " + rule.id() + " could not finish on this document (" + reason + "); its remaining checks were not made", null, null,
                null, List.of(), List.of(), Fingerprints.of(rule.id(), "rule-failure", e.getClass().getName()), ValueUnit.NONE);
    }
}
