package org.budgetwatch.extraction.model;

import org.budgetwatch.extraction.amount.PrintedAmount;

/**
 * @param text printed text, null when the cell is blank ("not reported", unlike 0.00)
 * @param amount the figure, null when the text is not a figure
 */
public record TableCell(int column, String text, PrintedAmount amount) {
}
