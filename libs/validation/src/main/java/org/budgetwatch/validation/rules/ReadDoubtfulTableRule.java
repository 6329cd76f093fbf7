package org.budgetwatch.validation.rules;

import java.util.List;
import org.budgetwatch.extraction.arithmetic.TableConfidence;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * READ-DOUBTFUL-TABLE: a table whose reading shows what a correct reading never shows (two numbers in a cell, a number
 * for a name, a figure column without a heading) or whose totals mostly fail. We never blame the document for our
 * misreading: the table is named once, with the reasons, and no other rule checks it.
 */
public final class ReadDoubtfulTableRule implements Rule {

    public static final String ID = "READ-DOUBTFUL-TABLE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "reading";
    }

    @Override
    public boolean readsEveryTable() {
        return true;
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        for (ExtractedTable table : document.tables()) {
            if (table.isForm()) {
                continue; // a form of targets and indicators: read for its words, never judged by its figures
            }
            TableConfidence confidence = TableConfidence.of(table);
            if (!confidence.doubtful()) {
                sink.passed(ID);
                continue;
            }
            Integer page = table.location().page();
            sink.failed(new Finding(ID, category(), Severity.INFO,
                    "《" + table.title() + "》" + (page == null ? "" : "（第 " + page + " 页）") + "未能可靠读取，不据此报告差错："
                            + String.join("；", confidence.reasonsZh()),
                    "\"" + table.title() + "\"" + (page == null ? "" : " (page " + page + ")")
                            + " could not be read reliably, so no discrepancy is reported from it: " + String.join("; ", confidence.reasonsEn()),
                    null, null, null, List.of(),
                    List.of(new FindingLocation(table.index(), table.type(), table.title(), null, null, null, null, null,
                            table.location().firstLine(), null, page)),
                    Fingerprints.of(ID, table.index(), table.title()), ValueUnit.NONE));
        }
    }
}
