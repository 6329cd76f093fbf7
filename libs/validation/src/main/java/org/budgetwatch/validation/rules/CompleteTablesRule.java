package org.budgetwatch.validation.rules;

import java.util.List;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * COMPLETE-TABLES: a budget publishes the standard tables (财预〔2016〕143号), even when one is empty (whether an empty
 * table says why is {@link CompleteEmptyNoteRule}). Final accounts have their own table set and are not checked here yet.
 */
public final class CompleteTablesRule implements Rule {

    public static final String ID = "COMPLETE-TABLES";
    public static final List<TableType> REQUIRED_IN_BUDGETS = List.of(TableType.REVENUE_EXPENDITURE_SUMMARY, TableType.REVENUE_SUMMARY,
            TableType.EXPENDITURE_SUMMARY, TableType.FISCAL_APPROPRIATION_SUMMARY, TableType.GENERAL_BUDGET_EXPENDITURE,
            TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableType.THREE_PUBLIC_COSTS, TableType.GOVERNMENT_FUND_EXPENDITURE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "completeness";
    }

    public static boolean applies(ExtractedDocument document) {
        DocumentKind kind = document.metadata().kind();
        return kind != DocumentKind.DEPARTMENT_FINAL_ACCOUNTS && kind != DocumentKind.UNIT_FINAL_ACCOUNTS;
    }

    @Override
    public boolean readsEveryTable() {
        return true; // a table read badly is still a table the document has
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        if (!applies(document)) {
            return;
        }
        for (TableType type : REQUIRED_IN_BUDGETS) {
            if (document.tables().stream().anyMatch(t -> t.type() == type)) {
                sink.passed(ID);
            } else {
                sink.failed(new Finding(ID, category(), Severity.WARNING, "未找到" + TableNames.zh(type),
                        "No " + TableNames.en(type) + " table was found", null, null, null, List.of(),
                        List.of(new FindingLocation(null, type, null, null, null, null, null, null, null, null)),
                        Fingerprints.of(ID, type)));
            }
        }
    }
}
