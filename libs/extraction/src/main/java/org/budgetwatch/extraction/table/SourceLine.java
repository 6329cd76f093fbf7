package org.budgetwatch.extraction.table;

import java.util.ArrayList;
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
            List<String> split = new ArrayList<>();
            int from = 0;
            for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', from)) {
                split.add(text.substring(from, tab).strip());
                from = tab + 1;
            }
            split.add(text.substring(from).strip());
            cells = List.copyOf(split);
        }
        return cells;
    }
}
