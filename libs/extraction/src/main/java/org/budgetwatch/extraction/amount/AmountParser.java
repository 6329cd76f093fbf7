package org.budgetwatch.extraction.amount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.table.Texts;

/**
 * Reads printed figures exactly: thousands separators ("40,734.65"), full-width digits and punctuation,
 * OCR spaces inside a number ("107. 62", "2, 361. 22") and HTML underline tags. A repair is made only
 * where it is unambiguous, and recorded.
 */
public final class AmountParser {

    private static final Pattern STRICT = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern OCR_SPACED = Pattern.compile("-?\\d{1,3}(?:\\s*,\\s*\\d{3})*(?:\\s*\\.\\s*\\d+)?|-?\\d+(?:\\s*\\.\\s*\\d+)?");
    private static final Pattern TAGS = Pattern.compile("</?u>", Pattern.CASE_INSENSITIVE);

    private AmountParser() {
    }

    /** The figure in a table cell, or empty when the cell does not hold exactly one figure. */
    public static Optional<PrintedAmount> parseCell(String cellText, AmountUnit unit) {
        if (cellText == null) {
            return Optional.empty();
        }
        List<String> repairs = new ArrayList<>();
        String text = normalise(cellText, repairs).trim();
        if (text.isEmpty() || !startsLikeAFigure(text)) {
            return Optional.empty();
        }
        if (STRICT.matcher(text).matches()) {
            return Optional.of(of(cellText.trim(), text, unit, repairs));
        }
        Matcher spaced = OCR_SPACED.matcher(text);
        if (spaced.matches() && text.chars().anyMatch(Character::isWhitespace)) {
            String joined = Texts.withoutWhitespace(text);
            if (STRICT.matcher(joined).matches()) {
                repairs.add("removed spaces inside number '" + text + "'");
                return Optional.of(of(cellText.trim(), joined, unit, repairs));
            }
        }
        return Optional.empty();
    }

    /** Cheap test before the patterns: a figure starts with a digit or a minus sign followed by one. */
    private static boolean startsLikeAFigure(String text) {
        char first = text.charAt(0);
        return first >= '0' && first <= '9' || first == '-' && text.length() > 1 && Character.isDigit(text.charAt(1));
    }

    private static PrintedAmount of(String printed, String digits, AmountUnit unit, List<String> repairs) {
        BigDecimal value = new BigDecimal(digits.replace(",", ""));
        return new PrintedAmount(printed, value, Math.max(0, value.scale()), unit, repairs);
    }

    private static boolean needsNormalising(char c) {
        return c >= '０' && c <= '９' || c == '，' || c == '．' || c == '\u00a0' || c == '\u3000' || c == '<';
    }

    /** Full-width forms to ASCII and markup removed, as OCR exports need. */
    public static String normalise(String text, List<String> repairs) {
        int first = 0;
        while (first < text.length() && !needsNormalising(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // the usual case: nothing full-width, no markup
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '，') {
                out.append(',');
            } else if (c == '．') {
                out.append('.');
            } else if (c == '\u00a0' || c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        String result = out.toString();
        Matcher tags = result.indexOf('<') < 0 ? null : TAGS.matcher(result);
        if (tags != null && tags.find()) {
            repairs.add("removed markup around figure");
            result = tags.replaceAll("");
        }
        return result;
    }
}
