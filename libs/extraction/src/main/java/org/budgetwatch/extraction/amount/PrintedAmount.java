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

    /**
     * The same figure expressed in another unit, its precision shifted with it (1,053.43 元 is 0.105343 万元 to six
     * decimals). Unchanged when either unit is unknown or they are the same.
     */
    public PrintedAmount inUnit(AmountUnit target) {
        if (target == unit || target.inYuan() == null || unit.inYuan() == null) {
            return this;
        }
        int shift = target.inYuan().precision() - unit.inYuan().precision();
        return new PrintedAmount(printed, value.movePointLeft(shift), scale + shift, target, repairs);
    }
}
