package org.budgetwatch.extraction.model;

/**
 * A line of the document's prose (everything that is not a table row: headings, the 情况说明, the 编制单位 line over a
 * table, notes), as read.
 *
 * @param line 1-based line of the document as laid out
 * @param page 1-based page, null for formats without pages
 */
public record TextLine(int line, Integer page, String text) {
}
