package org.budgetwatch.schemas.logging;

/**
 * Text that came from outside (a file name, a request path, a submitter) made safe to put in a log line: control
 * characters, line and paragraph separators and bidirectional overrides are written as {@code \\uXXXX} escapes, so
 * that a file name with a line feed cannot forge a log line and one with a right-to-left override cannot disguise
 * itself; and it is cut to a length a log line can carry.
 */
public final class LogSafe {

    /** Longest text kept; the rest is replaced by an ellipsis and the number of characters cut. */
    public static final int MAX_LENGTH = 300;

    private LogSafe() {
    }

    public static String text(String untrusted) {
        if (untrusted == null) {
            return "null";
        }
        int keep = Math.min(untrusted.length(), MAX_LENGTH);
        StringBuilder safe = new StringBuilder(keep + 16);
        for (int i = 0; i < keep; i++) {
            char c = untrusted.charAt(i);
            if (unsafe(c)) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        if (untrusted.length() > keep) {
            safe.append("…(").append(untrusted.length() - keep).append(" more characters)");
        }
        return safe.toString();
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029'                   // line and paragraph separators
                || (c >= '\u202a' && c <= '\u202e')                 // bidirectional embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069')                 // bidirectional isolates
                || c == '\u200e' || c == '\u200f' || c == '\u061c'; // direction marks
    }
}
