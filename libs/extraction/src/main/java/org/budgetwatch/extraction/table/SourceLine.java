package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line as the table reader sees it: its 1-based number in the laid-out text, its page (or null) and text. Its
 * cells are split once, as the reader asks for them several times.
 */
final class SourceLine {

    /** A table-of-contents entry (目录): a heading, dot leaders and the page it starts on, as in {@code 四、名词解释.....	- 29 -}. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^.*(?:\\.{3,}|…+|·{3,})\\s*\\t\\s*[-—]?\\s*\\d{1,4}\\s*[-—]?\\s*$");

    private final int number;
    private final Integer page;
    private final String text;
    private List<String> cells;
    private Boolean contentsEntry;

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

    /** Cells separated by tabs; a table-of-contents entry is a heading, not a row. */
    boolean isRow() {
        return text.indexOf('\t') >= 0 && !isContentsEntry();
    }

    boolean isContentsEntry() {
        if (contentsEntry == null) { // asked for every line, many times: the pattern only where leaders are printed
            contentsEntry = (text.contains("...") || text.indexOf('…') >= 0 || text.contains("···")) && CONTENTS_ENTRY.matcher(text).matches();
        }
        return contentsEntry;
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
