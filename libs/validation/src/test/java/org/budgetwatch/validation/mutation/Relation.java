package org.budgetwatch.validation.mutation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.budgetwatch.extraction.amount.Interval;

/**
 * A relation the printed figures of a document state among themselves: {@code Σ left = Σ right} (a total and its
 * parts, one figure printed twice) or {@code percent = 100 · Σ numerator / Σ denominator} (a share, a rate of change).
 * Each figure is named by its id and read as an interval, so a relation holds when rounding explains the difference.
 *
 * @param kind what states it: "total row", "code hierarchy", "column sum", "same figure", "class sum", "narrative
 *             amount", "share", "rate"
 */
record Relation(String kind, List<Term> left, List<Term> right, String percent) {

    /** One figure of a side, added or taken away. */
    record Term(String id, boolean negative) {

        static Term plus(String id) {
            return new Term(id, false);
        }

        static Term minus(String id) {
            return new Term(id, true);
        }
    }

    static Relation sum(String kind, String total, List<String> parts) {
        return new Relation(kind, List.of(Term.plus(total)), parts.stream().map(Term::plus).toList(), null);
    }

    static Relation ratio(String kind, String percent, List<Term> numerator, List<Term> denominator) {
        return new Relation(kind, numerator, denominator, percent);
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>();
        if (percent != null) {
            ids.add(percent);
        }
        left.forEach(t -> ids.add(t.id()));
        right.forEach(t -> ids.add(t.id()));
        return ids;
    }

    boolean involves(String id) {
        return ids().contains(id);
    }

    /** Whether the figures, as {@code values} reads them, agree within rounding. */
    boolean holds(Function<String, Interval> values) {
        Interval l = side(left, values);
        Interval r = side(right, values);
        if (percent == null) {
            return l.intersects(r);
        }
        Optional<Interval> quotient = l.dividedBy(r);
        return quotient.isEmpty() || quotient.get().times(BigDecimal.valueOf(100)).intersects(values.apply(percent));
    }

    private static Interval side(List<Term> terms, Function<String, Interval> values) {
        Interval sum = Interval.ZERO;
        for (Term term : terms) {
            Interval value = values.apply(term.id());
            sum = term.negative() ? sum.minus(value) : sum.plus(value);
        }
        return sum;
    }
}
