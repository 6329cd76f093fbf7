package org.budgetwatch.extraction.text;

import java.util.Arrays;
import java.util.List;

/** A line of the export as the table reader sees it, with its 1-based line number in the original text. */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    boolean isRow() {
        return text.indexOf('\t') >= 0;
    }

    List<String> cells() {
        return Arrays.stream(text.split("\t", -1)).map(String::strip).toList();
    }
}
