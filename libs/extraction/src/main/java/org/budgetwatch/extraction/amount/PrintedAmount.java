package org.budgetwatch.extraction.amount;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure as printed and the exact decimal it denotes. The scale is the number of printed decimals:
 * the figure stands for every value within half a unit of its last printed digit.
 *
 * @param repairs what had to be repaired to read it (OCR damage), empty when it was read as printed
 */
public record PrintedAmount(String printed, BigDecimal value, int scale, AmountUnit unit, List<String> repairs) {

    public PrintedAmount {
        repairs = List.copyOf(repairs);
    }

    public PrintedAmount withUnit(AmountUnit newUnit) {
        return new PrintedAmount(printed, value, scale, newUnit, repairs);
    }
}
