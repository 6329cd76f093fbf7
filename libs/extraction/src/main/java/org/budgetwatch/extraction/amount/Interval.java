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

    public Interval minus(Interval other) {
        return new Interval(low.subtract(other.high), high.subtract(other.low));
    }

    public Interval times(BigDecimal factor) {
        BigDecimal a = low.multiply(factor);
        BigDecimal b = high.multiply(factor);
        return a.compareTo(b) <= 0 ? new Interval(a, b) : new Interval(b, a);
    }

    /** This interval divided by another; empty when the divisor may be zero (the quotient is unbounded). */
    public java.util.Optional<Interval> dividedBy(Interval divisor) {
        if (divisor.low.signum() <= 0 && divisor.high.signum() >= 0) {
            return java.util.Optional.empty();
        }
        java.math.MathContext precision = java.math.MathContext.DECIMAL64;
        BigDecimal[] quotients = {low.divide(divisor.low, precision), low.divide(divisor.high, precision),
                high.divide(divisor.low, precision), high.divide(divisor.high, precision)};
        BigDecimal min = quotients[0];
        BigDecimal max = quotients[0];
        for (BigDecimal q : quotients) {
            min = min.min(q);
            max = max.max(q);
        }
        return java.util.Optional.of(new Interval(min, max));
    }

    public static Interval exactly(BigDecimal value) {
        return new Interval(value, value);
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
