package org.budgetwatch.validation.rules;

import java.util.List;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * COMPLETE-EMPTY-NOTE: an empty table carries a sentence saying why it is empty (财预〔2016〕143号 for budgets; the
 * 部门决算 template asks the same of final accounts: "本部门2022年度没有政府性基金预算财政拨款收入，也没有使用…"), under the
 * table, in a list of the tables that gives the reasons, or in a narrative sentence that says the table is published
 * empty ({@link EmptyTableNotes}).
 */
public final class CompleteEmptyNoteRule implements Rule {

    public static final String ID = "COMPLETE-EMPTY-NOTE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "completeness";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        for (ExtractedTable table : document.tables()) {
            // a form (绩效目标表 …) is words, not a table of figures that can be published empty: one read without rows is
            // a page of the form whose lines were taken for its header (Yantai 2026, pages 34 and 44)
            if (!table.isBlank() || table.isForm()) {
                continue;
            }
            if (table.emptyNote() != null || EmptyTableNotes.explainedElsewhere(document, table)) {
                sink.passed(ID);
            } else {
                sink.failed(new Finding(ID, category(), Severity.WARNING, "《" + table.title() + "》为空表，但没有说明原因",
                        "\"" + table.title() + "\" is empty without a sentence saying why", null, null, null, List.of(),
                        List.of(new FindingLocation(table.index(), table.type(), table.title(), null, null, null, null, null,
                                table.location().firstLine(), null, table.location().page())),
                        Fingerprints.of(ID, table.index(), table.title()), ValueUnit.NONE));
            }
        }
    }
}
