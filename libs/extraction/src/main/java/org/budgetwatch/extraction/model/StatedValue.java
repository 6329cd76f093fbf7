package org.budgetwatch.extraction.model;

import org.budgetwatch.extraction.amount.PrintedAmount;

/**
 * One figure of a statement and what it is: {@code amount} (in 元/万元), {@code share} (percent of a whole),
 * {@code change} (signed: a 减少 is negative), {@code rate} (signed percent), {@code count}, {@code priorYear},
 * {@code completion} (a final account's figure as a percent of its budget: 完成年初预算的 X%).
 */
public record StatedValue(String role, PrintedAmount amount) {

    public static final String AMOUNT = "amount";
    public static final String SHARE = "share";
    public static final String CHANGE = "change";
    public static final String RATE = "rate";
    public static final String COUNT = "count";
    public static final String PRIOR_YEAR = "priorYear";
    public static final String COMPLETION = "completion";
}
