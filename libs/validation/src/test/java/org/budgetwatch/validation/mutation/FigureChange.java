package org.budgetwatch.validation.mutation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.PrintedAmount;

/**
 * One printed figure changed: how (a few units up in its last whole digit, two adjacent digits swapped, its last
 * printed digit moved by one for a rounding-only change), the figure as printed after the change, and where to
 * write it in the text.
 */
record FigureChange(String how, PrintedFigure figure, String replacement) {

    static final String BUMP = "+3 in the units digit";
    static final String SWAP = "two digits swapped";
    static final String ONE_DECIMAL_FEWER = "one decimal fewer";

    /** The changes beyond rounding tried on every figure: a bump and, where it gives another figure, a swap. */
    static List<FigureChange> beyondRounding(PrintedFigure figure) {
        List<FigureChange> changes = new ArrayList<>();
        changes.add(new FigureChange(BUMP, figure, bump(figure.amount().printed())));
        swap(figure.amount().printed()).ifPresent(s -> changes.add(new FigureChange(SWAP, figure, s)));
        return changes;
    }

    /**
     * The figure printed with one decimal fewer (400.35 → 400.4, 2,726.30 → 2,726.3): a change rounding alone explains.
     * Its interval holds the published one, so every relation among the printed figures that held still holds, those
     * the measure knows and those it does not; none may become an ERROR. Empty for a figure printed without decimals,
     * and for one whose last digit is 5: 38,008.35 stands for 38,008.345 to 38,008.355, which neither 38,008.3 nor
     * 38,008.4 holds, so either shorter printing can contradict the other figures (Beijing's 15 forms add up to
     * 38,008.3452, which 38,008.4 does not round).
     */
    static Optional<FigureChange> oneDecimalFewer(PrintedFigure figure) {
        PrintedAmount amount = figure.amount();
        String printed = amount.printed();
        int point = printed.indexOf('.');
        if (amount.scale() < 1 || point < 0 || printed.indexOf(' ') >= 0 || printed.endsWith("5")) {
            return Optional.empty();
        }
        BigDecimal rounded = amount.value().abs().setScale(amount.scale() - 1, java.math.RoundingMode.HALF_UP);
        String digits = rounded.toPlainString();
        if (printed.indexOf(',') >= 0) {
            java.text.DecimalFormat grouped = new java.text.DecimalFormat(amount.scale() - 1 == 0 ? "#,##0" : "#,##0." + "0".repeat(amount.scale() - 1));
            digits = grouped.format(rounded);
        }
        return Optional.of(new FigureChange(ONE_DECIMAL_FEWER, figure, (printed.startsWith("-") ? "-" : "") + digits));
    }

    /** The figure as the changed text prints it: same unit and decimals, the new value. */
    PrintedAmount amount() {
        PrintedAmount original = figure.amount();
        String digits = replacement.replaceAll("[^0-9.]", "");
        BigDecimal value = new BigDecimal(digits);
        int scale = digits.indexOf('.') < 0 ? 0 : digits.length() - digits.indexOf('.') - 1;
        return new PrintedAmount(replacement, original.value().signum() < 0 ? value.negate() : value, scale, original.unit(), original.repairs());
    }

    /**
     * The text with the figure's {@code occurrence}-th printing on its lines replaced (a number standing alone, not
     * a part of a longer one); empty when there is no such printing.
     */
    Optional<String> applyTo(List<String> lines, int occurrence) {
        Pattern alone = Pattern.compile("(?<![0-9.,])" + Pattern.quote(figure.amount().printed()) + "(?![0-9]|[.,][0-9])");
        int seen = 0;
        for (int l = Math.max(1, figure.firstLine()); l <= Math.min(lines.size(), figure.lastLine()); l++) {
            Matcher m = alone.matcher(lines.get(l - 1));
            while (m.find()) {
                if (seen++ == occurrence) {
                    List<String> changed = new ArrayList<>(lines);
                    String line = lines.get(l - 1);
                    changed.set(l - 1, line.substring(0, m.start()) + replacement + line.substring(m.end()));
                    return Optional.of(String.join("\n", changed) + "\n");
                }
            }
        }
        return Optional.empty();
    }

    /** The last whole digit up by 3 (7 → 0): 1,475.79 → 1,478.79; 9.42 → 2.42; 100 → 103. */
    static String bump(String printed) {
        int point = printed.indexOf('.');
        int at = lastDigitAt(printed, point < 0 ? printed.length() : point);
        char digit = (char) ('0' + (printed.charAt(at) - '0' + 3) % 10);
        return printed.substring(0, at) + digit + printed.substring(at + 1);
    }

    /**
     * Two adjacent different whole digits exchanged, the last such pair (a transposition typed while copying):
     * 40,734.65 → 40,743.65; 320.14 → 302.14; a figure with no such pair has its first two decimals exchanged
     * (6.69 → 6.96). Never a leading zero.
     */
    static Optional<String> swap(String printed) {
        int point = printed.indexOf('.') < 0 ? printed.length() : printed.indexOf('.');
        List<Integer> whole = new ArrayList<>();
        List<Integer> decimals = new ArrayList<>();
        for (int i = 0; i < printed.length(); i++) {
            if (Character.isDigit(printed.charAt(i))) {
                (i < point ? whole : decimals).add(i);
            }
        }
        for (int k = whole.size() - 1; k > 0; k--) {
            int a = whole.get(k - 1);
            int b = whole.get(k);
            if (printed.charAt(a) != printed.charAt(b) && !(k == 1 && printed.charAt(b) == '0')) {
                return Optional.of(exchanged(printed, a, b));
            }
        }
        if (decimals.size() >= 2 && printed.charAt(decimals.get(0)) != printed.charAt(decimals.get(1))) {
            return Optional.of(exchanged(printed, decimals.get(0), decimals.get(1)));
        }
        return Optional.empty();
    }

    private static String exchanged(String printed, int a, int b) {
        char[] chars = printed.toCharArray();
        chars[a] = printed.charAt(b);
        chars[b] = printed.charAt(a);
        return new String(chars);
    }

    private static int lastDigitAt(String printed, int before) {
        int at = before - 1;
        while (at >= 0 && !Character.isDigit(printed.charAt(at))) {
            at--;
        }
        return at;
    }
}
