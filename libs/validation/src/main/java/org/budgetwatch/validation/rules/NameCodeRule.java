package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.codes.CodeDictionary;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * NAME-CODE: a function or economic code is printed with the name the 2024 政府收支分类科目 gives it, or the name the
 * classification of the document's own year gave it (医疗卫生与计划生育支出 in a 2017 budget is right; in a 2022 one it is
 * named as a former name, not as a wrong one), and one code carries one name throughout the document. Only tables
 * whose rows are named by their codes are read (project, procurement and performance tables name their rows after
 * projects). Codes the dictionary does not hold are not judged; a printed name that contains the official one, or is
 * contained in it, passes (款 names are often shortened);
 * rows named after a budget unit (their codes are unit codes that look like class codes) are not read.
 * WARNING: a wrong name misleads a reader but changes no figure.
 */
public final class NameCodeRule implements Rule {

    public static final String ID = "NAME-CODE";
    /** The tables whose rows are named by function or economic codes (not projects, procurement or targets). */
    static final Set<TableType> CODE_NAMED = Set.of(TableType.REVENUE_SUMMARY, TableType.EXPENDITURE_SUMMARY,
            TableType.GENERAL_BUDGET_EXPENDITURE, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableType.GOVERNMENT_FUND_EXPENDITURE,
            TableType.STATE_CAPITAL_EXPENDITURE);
    static final Set<CodeKind> CLASSIFIED = Set.of(CodeKind.FUNCTION, CodeKind.GOVERNMENT_ECONOMIC, CodeKind.DEPARTMENT_ECONOMIC);

    private static final java.util.regex.Pattern ORGANISATION = java.util.regex.Pattern.compile(".*(局|中心|委员会|办公室|所|站|队|处|本级|单位|政府|厅)");

    private final CodeDictionary dictionary;

    public NameCodeRule(CodeDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "names";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        Map<String, Map<String, FindingLocation>> namesByCode = new LinkedHashMap<>();
        Set<String> reported = new LinkedHashSet<>();
        for (ExtractedTable table : document.tables()) {
            if (!CODE_NAMED.contains(table.type())) {
                continue;
            }
            for (TableRow row : table.rows()) {
                if (row.code() == null || !CLASSIFIED.contains(row.codeKind()) || row.label().isBlank() || organisation(row.label())) {
                    continue;
                }
                String printed = CodeDictionary.normalise(row.label());
                FindingLocation location = Locations.row(table, row);
                namesByCode.computeIfAbsent(row.code(), c -> new LinkedHashMap<>()).putIfAbsent(printed, location);
                Optional<String> official = dictionary.name(row.code());
                if (official.isEmpty()) {
                    continue;
                }
                Optional<CodeDictionary.FormerName> former = dictionary.formerName(row.code(), printed);
                if (sameName(printed, CodeDictionary.normalise(official.get())) || former.filter(f -> current(f, document)).isPresent()) {
                    sink.passed(ID);
                } else if (former.isPresent()) {
                    if (reported.add(row.code() + "|" + printed)) {
                        sink.failed(finding(row.code() + " 印作“" + printed + "”，这是" + (former.get().lastYear() + 1) + "年以前的科目名称，"
                                        + "2024年政府收支分类科目为“" + official.get() + "”",
                                "code " + row.code() + " is printed as \"" + printed + "\", its name until " + former.get().lastYear()
                                        + "; the 2024 classification names it \"" + official.get() + "\"",
                                List.of(location), row.code(), printed));
                    }
                } else if (reported.add(row.code() + "|" + printed)) {
                    sink.failed(finding(row.code() + " 印作“" + printed + "”，2024年政府收支分类科目为“" + official.get() + "”",
                            "code " + row.code() + " is printed as \"" + printed + "\"; the 2024 classification names it \"" + official.get() + "\"",
                            List.of(location), row.code(), printed));
                }
            }
        }
        namesByCode.forEach((code, names) -> {
            if (names.size() > 1) {
                sink.failed(finding("同一科目编码 " + code + " 在本文件中有不同名称：" + String.join("、", names.keySet()),
                        "code " + code + " appears under different names in this document: " + String.join(", ", names.keySet()),
                        new ArrayList<>(names.values()), code, "several"));
            } else {
                sink.passed(ID);
            }
        });
    }

    /** A former name is right in a document of a year whose classification still used it. */
    private static boolean current(CodeDictionary.FormerName former, ExtractedDocument document) {
        Integer year = document.metadata().fiscalYear();
        return year != null && year <= former.lastYear();
    }

    /** Rows by budget unit (201 北京市东城区医疗保障局) carry unit codes that look like class codes. */
    static boolean organisation(String label) {
        return ORGANISATION.matcher(CodeDictionary.normalise(label)).matches();
    }

    private static boolean sameName(String printed, String official) {
        return printed.equals(official) || printed.contains(official) || official.contains(printed);
    }

    private Finding finding(String zh, String en, List<FindingLocation> locations, String code, String name) {
        return new Finding(ID, category(), Severity.WARNING, zh, en, null, null, null, List.of(), locations, Fingerprints.of(ID, code, name), ValueUnit.NONE);
    }
}
