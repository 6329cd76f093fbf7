package org.budgetwatch.extraction.amount;

import java.math.BigDecimal;

/**
 * A closed interval of exact decimals. A figure printed with d decimals stands for
 * [v − 0.5·10^-d, v + 0.5·10^-d]; sums of figures add their intervals. Two figures disagree only when
 * their intervals do not intersect (the rule XBRL Calculations 1.1 adopted).
 */
public record Interval(BigDecimal low, BigDecimal high) {

    public static final Interval ZERO = new Interval(BigDecimal.ZERO, BigDecimal.ZERO);

    public static Interval ofPrinted(PrintedAmount amount) {
        BigDecimal half = BigDecimal.ONE.movePointLeft(amount.scale()).multiply(new BigDecimal("0.5"));
        return new Interval(amount.value().subtract(half), amount.value().add(half));
    }

    public Interval plus(Interval other) {
        return new Interval(low.add(other.low), high.add(other.high));
    }

    public boolean intersects(Interval other) {
        return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
    }

    /** Smallest distance between the two intervals; zero when they intersect. */
    public BigDecimal distanceTo(Interval other) {
        if (intersects(other)) {
            return BigDecimal.ZERO;
        }
        return high.compareTo(other.low) < 0 ? other.low.subtract(high) : low.subtract(other.high);
    }

    public BigDecimal midpoint() {
        return low.add(high).divide(BigDecimal.valueOf(2));
    }
}
