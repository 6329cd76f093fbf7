package org.budgetwatch.validation.report;

import org.budgetwatch.extraction.amount.AmountUnit;

/**
 * What a finding's expected and actual values, difference and addends are counted in, so that a reader never has to
 * guess whether 1,234.5 is 元 or 万元, or whether 12.5 is a share.
 */
public enum ValueUnit {
    /** The finding compares no values (a missing table, a name). */
    NONE(""),
    /** Amounts of a table or sentence that printed no unit. */
    UNKNOWN(""),
    YUAN("元"),
    WAN_YUAN("万元"),
    YI_YUAN("亿元"),
    /** A rate or share, in percent (12.5 is 12.5%). */
    PERCENT("%"),
    /** A number of things: projects, vehicles, people. */
    COUNT("");

    private final String printed;

    ValueUnit(String printed) {
        this.printed = printed;
    }

    /** As printed after a figure: 元, 万元, 亿元, % (empty for counts and unknown units). */
    public String printed() {
        return printed;
    }

    public static ValueUnit of(AmountUnit unit) {
        return switch (unit == null ? AmountUnit.UNKNOWN : unit) {
            case YUAN -> YUAN;
            case WAN_YUAN -> WAN_YUAN;
            case YI_YUAN -> YI_YUAN;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
