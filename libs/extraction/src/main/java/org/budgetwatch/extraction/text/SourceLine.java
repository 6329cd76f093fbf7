package org.budgetwatch.extraction.text;

import java.util.Arrays;
import java.util.List;

/** A line as the table reader sees it: its 1-based number in the laid-out text, its page (or null) and text. */
record SourceLine(int number, Integer page, String text) {

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
