package org.budgetwatch.extraction.text;

import java.util.Arrays;
import java.util.List;

/**
 * A line as the table reader sees it: its 1-based number in the laid-out text, its page (or null) and text. Its
 * cells are split once, as the reader asks for them several times.
 */
final class SourceLine {

    private final int number;
    private final Integer page;
    private final String text;
    private List<String> cells;

    SourceLine(int number, Integer page, String text) {
        this.number = number;
        this.page = page;
        this.text = text;
    }

    int number() {
        return number;
    }

    Integer page() {
        return page;
    }

    String text() {
        return text;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    boolean isRow() {
        return text.indexOf('\t') >= 0;
    }

    List<String> cells() {
        if (cells == null) {
            cells = Arrays.stream(text.split("\t", -1)).map(String::strip).toList();
        }
        return cells;
    }
}
