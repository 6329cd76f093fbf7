package org.budgetwatch.validation.rules;

import org.budgetwatch.validation.report.Finding;

/** Receives the outcome of every single check a rule makes, so reports can count checks run and passed. */
public interface CheckSink {

    void passed(String ruleId);

    void failed(Finding finding);

    /** The check passed, but only thanks to rounding; the INFO finding says by how much. */
    void passedWithinRounding(Finding finding);
}
