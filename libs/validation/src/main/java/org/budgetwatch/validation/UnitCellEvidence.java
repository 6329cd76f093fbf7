package org.budgetwatch.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.rules.UnitCellRule;

/**
 * One finding per real error. A figure printed in 元 inside a 万元 table breaks every total it takes part in, so UNIT-CELL
 * and the arithmetic rules (ARITH-TOTAL-ROW, ARITH-COL-SUM, HIER-CODE, the cross-table identities) would each name it.
 * UNIT-CELL's finding says what is wrong; a finding of another rule that points at the same cell and whose identity
 * holds once that cell is read in 元 is its evidence: folded into it (its message appended), not reported beside it.
 * A finding the 元 reading does not explain (a second error in the same total) stays on its own.
 */
final class UnitCellEvidence {

    private static final BigDecimal TEN_THOUSANDTH = BigDecimal.ONE.movePointLeft(4);

    private UnitCellEvidence() {
    }

    static List<Finding> fold(List<Finding> findings) {
        List<Finding> result = new ArrayList<>(findings);
        for (Finding unit : findings) {
            if (!unit.ruleId().equals(UnitCellRule.ID) || unit.severity() == Severity.INFO || unit.actual() == null || unit.locations().isEmpty()) {
                continue;
            }
            List<Finding> evidence = result.stream().filter(f -> explains(unit, f)).toList();
            if (evidence.isEmpty()) {
                continue;
            }
            result.removeAll(evidence);
            String zh = unit.messageZh() + evidence.stream().map(f -> "；另见 " + f.ruleId() + "：" + f.messageZh()).reduce("", String::concat);
            String en = unit.messageEn() + evidence.stream().map(f -> "; see also " + f.ruleId() + ": " + f.messageEn()).reduce("", String::concat);
            result.set(result.indexOf(unit), new Finding(unit.ruleId(), unit.category(), unit.severity(), zh, en, unit.expected(), unit.actual(),
                    unit.difference(), unit.addends(), unit.locations(), unit.fingerprint(), unit.unit()));
        }
        return result;
    }

    /** The other finding names the 元 cell, and its two sides meet once that cell is divided by 10,000. */
    private static boolean explains(Finding unit, Finding other) {
        if (other == unit || other.ruleId().equals(UnitCellRule.ID) || other.severity() == Severity.INFO || other.expected() == null
                || other.actual() == null || other.unit() != unit.unit()) {
            return false;
        }
        FindingLocation cell = unit.locations().get(0);
        boolean sameCell = other.locations().stream().anyMatch(l -> l.tableIndex() != null && Objects.equals(l.tableIndex(), cell.tableIndex())
                && Objects.equals(l.rowIndex(), cell.rowIndex()) && Objects.equals(l.columnIndex(), cell.columnIndex()));
        Interval asPrinted = unit.actual();
        Interval asYuan = asPrinted.times(TEN_THOUSANDTH);
        return sameCell && (other.expected().minus(asPrinted).plus(asYuan).intersects(other.actual())
                || other.actual().minus(asPrinted).plus(asYuan).intersects(other.expected()));
    }
}
