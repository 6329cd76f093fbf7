package org.budgetwatch.extraction.table;

import java.util.List;

/**
 * A line of a document laid out as text: table rows as cells separated by tabs, prose as plain text. Every format
 * reader produces these, so one reader finds the tables and statements of every format.
 *
 * @param page       1-based page for paged formats (PDF), null otherwise: the page the line starts on
 * @param text       the line; a paragraph of a PDF is one line, joined from the lines it was printed in
 * @param pageBreaks where, in {@code text}, a paragraph goes on on the next page (offsets, ascending)
 */
public record PagedLine(Integer page, String text, List<Integer> pageBreaks) {

    public PagedLine {
        pageBreaks = List.copyOf(pageBreaks);
    }

    public PagedLine(Integer page, String text) {
        this(page, text, List.of());
    }

    public static PagedLine of(String text) {
        return new PagedLine(null, text);
    }
}
