package org.budgetwatch.validation.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * COMPLETE-TABLES: a disclosure publishes its standard set of tables, even when one is empty (whether an empty table
 * says why is {@link CompleteEmptyNoteRule}). Budgets publish the eight of 财预〔2016〕143号; final accounts the nine of
 * the national 部门决算 template, which adds 国有资本经营预算财政拨款支出决算表 and whose titles say 决算 (收入支出决算总表,
 * 收入决算表, 支出决算表 …): the table reader recognises either wording as the same standard table.
 */
public final class CompleteTablesRule implements Rule {

    public static final String ID = "COMPLETE-TABLES";
    public static final List<TableType> REQUIRED_IN_BUDGETS = List.of(TableType.REVENUE_EXPENDITURE_SUMMARY, TableType.REVENUE_SUMMARY,
            TableType.EXPENDITURE_SUMMARY, TableType.FISCAL_APPROPRIATION_SUMMARY, TableType.GENERAL_BUDGET_EXPENDITURE,
            TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableType.THREE_PUBLIC_COSTS, TableType.GOVERNMENT_FUND_EXPENDITURE);

    /** The national 部门决算 tables in their printed order, by the title the template gives them. */
    private static final Map<TableType, String> FINAL_ACCOUNT_TITLES = finalAccountTitles();
    public static final List<TableType> REQUIRED_IN_FINAL_ACCOUNTS = List.copyOf(FINAL_ACCOUNT_TITLES.keySet());

    private static Map<TableType, String> finalAccountTitles() {
        Map<TableType, String> titles = new LinkedHashMap<>();
        titles.put(TableType.REVENUE_EXPENDITURE_SUMMARY, "收入支出决算总表");
        titles.put(TableType.REVENUE_SUMMARY, "收入决算表");
        titles.put(TableType.EXPENDITURE_SUMMARY, "支出决算表");
        titles.put(TableType.FISCAL_APPROPRIATION_SUMMARY, "财政拨款收入支出决算总表");
        titles.put(TableType.GENERAL_BUDGET_EXPENDITURE, "一般公共预算财政拨款支出决算表");
        titles.put(TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, "一般公共预算财政拨款基本支出决算表");
        titles.put(TableType.GOVERNMENT_FUND_EXPENDITURE, "政府性基金预算财政拨款收入支出决算表");
        titles.put(TableType.STATE_CAPITAL_EXPENDITURE, "国有资本经营预算财政拨款支出决算表");
        titles.put(TableType.THREE_PUBLIC_COSTS, "财政拨款“三公”经费支出决算表");
        return titles;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "completeness";
    }

    static boolean isFinalAccounts(ExtractedDocument document) {
        DocumentKind kind = document.metadata().kind();
        return kind == DocumentKind.DEPARTMENT_FINAL_ACCOUNTS || kind == DocumentKind.UNIT_FINAL_ACCOUNTS;
    }

    /** The standard tables the document should publish, by its kind. */
    public static List<TableType> required(ExtractedDocument document) {
        return isFinalAccounts(document) ? REQUIRED_IN_FINAL_ACCOUNTS : REQUIRED_IN_BUDGETS;
    }

    @Override
    public boolean readsEveryTable() {
        return true; // a table read badly is still a table the document has
    }

    /**
     * Whether the document publishes a table of this type. A 一般公共预算支出表 by economic class with a 基本支出 column
     * (Shenzhen's 表8 一般公共预算支出表（按经济分类）) shows the basic expenditure by economic class: it is the
     * 一般公共预算基本支出表 of that template.
     */
    public static boolean present(ExtractedDocument document, TableType type) {
        return document.tables().stream().anyMatch(t -> t.type() == type
                || type == TableType.GENERAL_BUDGET_BASIC_EXPENDITURE && basicByEconomicClass(t));
    }

    private static boolean basicByEconomicClass(ExtractedTable table) {
        return table.type() == TableType.GENERAL_BUDGET_EXPENDITURE
                && table.columns().stream().anyMatch(c -> c.path().contains("基本支出"))
                && table.rows().stream().anyMatch(r -> r.codeKind() == CodeKind.DEPARTMENT_ECONOMIC || r.codeKind() == CodeKind.GOVERNMENT_ECONOMIC);
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        if (document.tables().isEmpty()) {
            // Jiangsu publishes a budget as 公开文件 (the text) and 公开表格 (the tables): a file with no table at all is such
            // a part, or was not read; either way, naming every standard table as missing would be eight false alarms
            sink.failed(new Finding(ID, category(), Severity.INFO, "本文件未读到任何表格（只有文字部分，表格可能另册公开），未逐一检查应公开的表格",
                    "No table was read in this file (a text-only part; its tables may be published separately): the standard tables were not checked one by one",
                    null, null, null, List.of(), List.of(), Fingerprints.of(ID, "no tables"), ValueUnit.NONE));
            return;
        }
        boolean finalAccounts = isFinalAccounts(document);
        for (TableType type : required(document)) {
            if (present(document, type)) {
                sink.passed(ID);
            } else {
                String name = finalAccounts ? FINAL_ACCOUNT_TITLES.get(type) : TableNames.zh(type);
                sink.failed(new Finding(ID, category(), Severity.WARNING, "未找到" + name,
                        "No " + TableNames.en(type) + " table was found", null, null, null, List.of(),
                        List.of(new FindingLocation(null, type, null, null, null, null, null, null, null, null, null)),
                        Fingerprints.of(ID, type), ValueUnit.NONE));
            }
        }
    }
}
