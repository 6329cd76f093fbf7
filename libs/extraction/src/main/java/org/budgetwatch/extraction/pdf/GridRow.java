package org.budgetwatch.extraction.pdf;

import java.util.Arrays;

/**
 * One row of a table as printed on its page, over the table's columns: {@code printed[c]} is the text of the cell
 * that starts in column c ("" where none starts or it is blank); {@code covering[c]} the text of the cell that covers
 * column c, also where a cell merged over several columns or from the row above covers it (what a header path needs).
 */
record GridRow(int page, float top, float bottom, String[] printed, String[] covering) {

    static GridRow of(int page, float top, float bottom, String[] printed) {
        return new GridRow(page, top, bottom, printed, printed.clone());
    }

    int width() {
        return printed.length;
    }

    boolean isBlank() {
        return Arrays.stream(printed).allMatch(String::isEmpty);
    }

    /** The same row over the columns {@code from} (inclusive) to {@code to} (exclusive). */
    GridRow slice(int from, int to) {
        return new GridRow(page, top, bottom, Arrays.copyOfRange(printed, from, to), Arrays.copyOfRange(covering, from, to));
    }

    @Override
    public String toString() {
        return String.join(" | ", printed);
    }
}
