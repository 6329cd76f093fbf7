package org.budgetwatch.extraction.table;

/**
 * A line of a document laid out as text: table rows as cells separated by tabs, prose as plain text. Every format
 * reader produces these, so one reader finds the tables and statements of every format.
 *
 * @param page 1-based page for paged formats (PDF), null otherwise
 */
public record PagedLine(Integer page, String text) {

    public static PagedLine of(String text) {
        return new PagedLine(null, text);
    }
}
