package org.budgetwatch.validation.rules;

import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.validation.report.Severity;

/**
 * One policy for every percentage the narrative computes from printed figures (NARR-YOY's rates of change, NARR-FINAL's
 * completion rates, NARR-SHARE's shares of a known whole): a rate within the rounding of the figures agrees; one that
 * only a slip in its last digit explains — cut instead of rounded (16.078% printed 16.07%, 4.337% printed 4.33%) or
 * rounded up (79.413% printed 79.42%) — is a WARNING, a fault of presentation an auditor notes; one that neither
 * explains contradicts the figures, an ERROR.
 */
enum PrintedRates {
    AGREES(null), LAST_DIGIT(Severity.WARNING), WRONG(Severity.ERROR);

    private final Severity severity;

    PrintedRates(Severity severity) {
        this.severity = severity;
    }

    static PrintedRates of(Interval expected, PrintedAmount printed) {
        if (expected.intersects(Interval.ofPrinted(printed))) {
            return AGREES;
        }
        return expected.intersects(Statements.truncated(printed)) ? LAST_DIGIT : WRONG;
    }

    Severity severity() {
        return severity;
    }

    /** What the finding's message adds to a slip of the last digit, so that no one reads it as a wrong computation. */
    static String noteZh(PrintedRates verdict, Interval expected, PrintedAmount printed) {
        if (verdict != LAST_DIGIT) {
            return "";
        }
        return printed.value().compareTo(expected.high()) > 0 ? "（末位进位而非四舍五入）" : "（末位舍去而非四舍五入）";
    }

    static String noteEn(PrintedRates verdict, Interval expected, PrintedAmount printed) {
        if (verdict != LAST_DIGIT) {
            return "";
        }
        return printed.value().compareTo(expected.high()) > 0 ? " (last digit rounded up, not half up)" : " (last digit cut, not rounded)";
    }
}
