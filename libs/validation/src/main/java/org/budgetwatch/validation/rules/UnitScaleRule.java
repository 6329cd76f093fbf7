package org.budgetwatch.validation.rules;

import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.rules.NarrativeFigures.Comparison;
import org.budgetwatch.validation.rules.NarrativeFigures.Target;

/**
 * UNIT-SCALE: a narrative figure printed with the wrong unit — off by exactly 10,000 from the table figure it states
 * (元 printed for 万元), or the same digits as a table figure in another unit. An ERROR. The figures compared are
 * NARR-AMOUNT's ({@link NarrativeFigures}); every other comparison passes this check.
 */
public final class UnitScaleRule implements Rule {

    public static final String ID = "UNIT-SCALE";

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
            if (comparison.outcome() == NarrativeFigures.Outcome.UNIT_SCALE) {
                sink.failed(unitScale(comparison.statement(), comparison.stated(), comparison.target()));
            } else {
                sink.passed(ID);
            }
        }
    }

    private Finding unitScale(NarrativeStatement statement, PrintedAmount stated, Target target) {
        String zh = "“" + Statements.named(statement) + "”写作 " + stated.printed() + NarrativeFigures.unitName(stated.unit()) + "，表中为 " + target.printed()
                + NarrativeFigures.unitName(target.table().unit()) + "：单位错误";
        String en = "\"" + Statements.named(statement) + "\" is stated as " + stated.printed() + " " + stated.unit() + " where the table has "
                + target.printed() + " " + target.table().unit() + ": wrong unit";
        return NarrativeFigures.finding(ID, category(), Severity.ERROR, zh, en, statement, stated, target);
    }

}
