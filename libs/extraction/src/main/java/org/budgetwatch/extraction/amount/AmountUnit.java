package org.budgetwatch.extraction.amount;

import java.math.BigDecimal;

/** Units amounts are printed in. */
public enum AmountUnit {
    UNKNOWN(null), YUAN(BigDecimal.ONE), WAN_YUAN(BigDecimal.valueOf(10_000)), YI_YUAN(BigDecimal.valueOf(100_000_000));

    private final BigDecimal yuan;

    AmountUnit(BigDecimal yuan) {
        this.yuan = yuan;
    }

    /** How many 元 one of this unit is; null when unknown. */
    public BigDecimal inYuan() {
        return yuan;
    }

    /** Reads 元 / 万元 / 亿元 as printed, e.g. in "金额单位：万元". */
    public static AmountUnit fromPrinted(String word) {
        if (word == null) {
            return UNKNOWN;
        }
        String w = word.replace(" ", "");
        if (w.contains("亿元")) {
            return YI_YUAN;
        }
        if (w.contains("万元")) {
            return WAN_YUAN;
        }
        return w.contains("元") ? YUAN : UNKNOWN;
    }
}
