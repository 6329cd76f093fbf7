package org.budgetwatch.extraction.pdf;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.classify.CodeParser;

/** One printed line across a table's columns: the text it puts in each column, and where it sits. */
record VisualLine(float baseline, float size, String[] cells) {

    private static final Pattern NEW_ROW = Pattern.compile(
            "^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．](?![0-9])|其中[:：]|合\\s*计|总\\s*计|小\\s*计).*");

    /** A figure in any cell, or a code: a line that starts a row of its own. */
    boolean isAnchor() {
        for (String cell : cells) {
            if (isAnchor(cell)) {
                return true;
            }
        }
        return false;
    }

    /** A figure or a code. */
    static boolean isAnchor(String cell) {
        return !cell.isEmpty() && (isFigure(cell) || CodeParser.parse(cell).isPresent());
    }

    /** Begins with what only a new row begins with: a numbering (一、 （二） 3.), a total. */
    boolean startsNewRow() {
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                return startsNewRow(cell);
            }
        }
        return false;
    }

    static boolean startsNewRow(String text) {
        return NEW_ROW.matcher(text.strip()).matches();
    }

    boolean isBlank() {
        return Arrays.stream(cells).allMatch(String::isEmpty);
    }

    static boolean isFigure(String text) {
        return AmountParser.parseCell(text, AmountUnit.UNKNOWN).isPresent();
    }
}
