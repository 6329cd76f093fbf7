package org.budgetwatch.extraction.table;

/** String helpers for hot paths, where a regular expression per call would be compiled again and again. */
public final class Texts {

    private Texts() {
    }

    /** The text without any whitespace (ASCII, full-width and non-breaking spaces included). */
    public static String withoutWhitespace(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
            if (space && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
