package org.budgetwatch.extraction.model;

/** Where something stands in the source: page (null for text exports) and 1-based lines. */
public record LineSpan(Integer page, int firstLine, int lastLine) {
}
