package org.budgetwatch.validation.report;

import org.budgetwatch.extraction.model.TableType;

/**
 * Where a finding points: a table cell (row and column) or a narrative sentence, with the line and, in a paged
 * document (PDF), the page it is printed on. Any part may be null.
 */
public record FindingLocation(Integer tableIndex, TableType tableType, String tableTitle, Integer rowIndex, String rowLabel,
                              String rowCode, Integer columnIndex, String columnPath, Integer line, String sentence, Integer page) {
}
