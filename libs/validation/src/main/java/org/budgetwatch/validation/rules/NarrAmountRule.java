package org.budgetwatch.validation.rules;

import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.rules.NarrativeFigures.Comparison;
import org.budgetwatch.validation.rules.NarrativeFigures.Target;

/**
 * NARR-AMOUNT: an amount the narrative states is the table's figure, in 元 after converting both units, within rounding
 * (what it is compared with: {@link NarrativeFigures}). A subject that names a column of the expenditure tables
 * (基本支出, 项目支出, 人员经费, 公用经费) that differs from the column's total in the tables of its scope is an ERROR; a
 * subject linked to a table row whose figures all differ a WARNING (the column is inferred); a figure that may be
 * quoting one of several differing candidates (the scope is not stated) an INFO, never a guess. A figure off by a unit
 * is UNIT-SCALE's ({@link UnitScaleRule}), not counted here.
 */
public final class NarrAmountRule implements Rule {

    public static final String ID = "NARR-AMOUNT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "narrative";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        for (Comparison comparison : NarrativeFigures.compare(document)) {
            switch (comparison.outcome()) {
                case MATCH -> sink.passed(ID);
                case MISMATCH -> sink.failed(mismatch(comparison.statement(), comparison.stated(), comparison.target(),
                        switch (comparison.certainty()) {
                            case CERTAIN -> Severity.ERROR;
                            case INFERRED -> Severity.WARNING;
                            case UNCLEAR -> Severity.INFO;
                        }));
                case UNIT_SCALE -> {
                    // the unit is wrong, which UNIT-SCALE reports
                }
            }
        }
    }

    private Finding mismatch(NarrativeStatement statement, PrintedAmount stated, Target target, Severity severity) {
        String zh = "“" + Statements.named(statement) + "”说明为 " + stated.printed() + NarrativeFigures.unitName(stated.unit()) + "，《" + target.table().title() + "》"
                + target.row().label() + "/" + target.column().path() + " 为 " + target.printed() + NarrativeFigures.unitName(target.table().unit());
        String en = "\"" + Statements.named(statement) + "\" is " + stated.printed() + " " + stated.unit() + " in the narrative but "
                + target.printed() + " " + target.table().unit() + " in " + target.table().title() + " (" + target.row().label()
                + " / " + target.column().path() + ")";
        return NarrativeFigures.finding(ID, category(), severity, zh, en, statement, stated, target);
    }

}
