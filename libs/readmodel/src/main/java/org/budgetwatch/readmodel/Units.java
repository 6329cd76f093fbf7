package org.budgetwatch.readmodel;

import java.math.BigDecimal;

/** Amount units of the tables event, in 元. */
final class Units {

    static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private Units() {
    }

    /** 元 per unit; a table that states no unit is taken to be in 万元, as budget tables almost always are. */
    static BigDecimal yuanPer(String unit) {
        if (unit == null) {
            return WAN;
        }
        return switch (unit) {
            case "YUAN" -> BigDecimal.ONE;
            case "YI_YUAN" -> BigDecimal.valueOf(100_000_000);
            default -> WAN;
        };
    }
}
