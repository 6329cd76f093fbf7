package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.codes.CodeDictionary;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * NAME-CODE: a function or economic code is printed with the name the 政府收支分类科目 of the document's year gives it
 * (2017–2026, see {@link CodeDictionary}; a document of unknown year is judged by 2024's), and one code carries one
 * name throughout the document. A name another year's classification gave the code is said as such, not as a wrong
 * name: 医疗卫生与计划生育支出 in a 2017 budget is right, in a 2022 one it "uses the name of the classification until 2018"
 * (WARNING); a name that only a later classification gives, in an earlier document, is an INFO. An economic code printed
 * with another code's name is NAME-OTHER-CODE's. Only tables whose rows are named by their codes are read (project,
 * procurement and performance tables name their rows after projects). Codes the year's classification is not known to
 * hold are not judged; a printed name that contains the official one, or is contained in it, passes (款 names are
 * often shortened); rows named after a budget unit (their codes are unit codes that look like class codes) are not read.
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

    /** The two-sided summaries whose expenditure side lists the classes by name. */
    private static final Set<TableType> SUMMARIES = Set.of(TableType.REVENUE_EXPENDITURE_SUMMARY, TableType.FISCAL_APPROPRIATION_SUMMARY);

    private final CodeDictionary dictionary;
    private final CodeNaming naming;

    public NameCodeRule(CodeDictionary dictionary) {
        this.dictionary = dictionary;
        this.naming = new CodeNaming(dictionary);
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
        int year = CodeDictionary.judgedYear(document.metadata().fiscalYear());
        Map<String, Map<String, FindingLocation>> namesByCode = new LinkedHashMap<>();
        Set<String> reported = new LinkedHashSet<>();
        for (ExtractedTable table : document.tables()) {
            if (!CODE_NAMED.contains(table.type())) {
                continue;
            }
            for (TableRow row : table.rows()) {
                if (!classifiedRow(row)) {
                    continue;
                }
                String printed = CodeDictionary.normalise(row.label());
                FindingLocation location = Locations.row(table, row);
                namesByCode.computeIfAbsent(row.code(), c -> new LinkedHashMap<>()).putIfAbsent(printed, location);
                CodeNaming.Verdict verdict = naming.judge(row.code(), printed, year);
                if (verdict instanceof CodeNaming.Right) {
                    sink.passed(ID);
                } else if (verdict instanceof CodeNaming.OtherYear other && reported.add(row.code() + "|" + printed)) {
                    sink.failed(otherYear(row.code(), printed, other, year, location));
                } else if (verdict instanceof CodeNaming.Wrong wrong && reported.add(row.code() + "|" + printed)) {
                    sink.failed(finding(Severity.WARNING, row.code() + " 印作“" + printed + "”，" + year + "年政府收支分类科目为“" + wrong.official() + "”",
                            "code " + row.code() + " is printed as \"" + printed + "\"; the " + year + " classification names it \"" + wrong.official() + "\"",
                            List.of(location), row.code(), printed));
                }
            }
        }
        classLines(document, year, reported, sink);
        namesByCode.forEach((code, names) -> {
            if (names.size() > 1) {
                sink.failed(finding(Severity.WARNING, "同一科目编码 " + code + " 在本文件中有不同名称：" + String.join("、", names.keySet()),
                        "code " + code + " appears under different names in this document: " + String.join(", ", names.keySet()),
                        new ArrayList<>(names.values()), code, "several"));
            } else {
                sink.passed(ID);
            }
        });
    }

    /**
     * The classes a summary's expenditure side lists by name without a code (收支总表, 财政拨款收支总表: "九、医疗卫生与计划生育支出"):
     * a class's name of another year is said as such; a name no year gives a class is not a class line and is not read.
     */
    private void classLines(ExtractedDocument document, int year, Set<String> reported, CheckSink sink) {
        for (ExtractedTable table : document.tables()) {
            if (!SUMMARIES.contains(table.type()) || table.side() != TableSide.EXPENDITURE) {
                continue;
            }
            for (TableRow row : table.rows()) {
                if (row.code() != null || row.total()) {
                    continue;
                }
                String name = CodeNames.withoutNumbering(row.label());
                java.util.Optional<String> code = dictionary.classCode(name);
                if (code.isEmpty()) {
                    continue;
                }
                if (naming.judge(code.get(), name, year) instanceof CodeNaming.OtherYear other) {
                    if (reported.add(code.get() + "|" + name)) {
                        sink.failed(otherYear(code.get(), name, other, year, Locations.row(table, row)));
                    }
                } else {
                    sink.passed(ID);
                }
            }
        }
    }

    /** A row this rule and NAME-OTHER-CODE read: a classified code with a name that is not a budget unit's. */
    static boolean classifiedRow(TableRow row) {
        return row.code() != null && CLASSIFIED.contains(row.codeKind()) && !row.label().isBlank() && !organisation(row.label());
    }

    /**
     * A former name in a later document (WARNING: the reader is given a name the year no longer has); a later name in
     * an earlier document (INFO: the document was compiled on a newer edition, or the data files lack that year's name).
     */
    private Finding otherYear(String code, String printed, CodeNaming.OtherYear other, int year, FindingLocation location) {
        boolean former = other.former().lastYear() < year;
        String whenZh = former ? other.former().lastYear() + "年及以前" : other.former().firstYear() + "年起";
        String whenEn = former ? "until " + other.former().lastYear() : "from " + other.former().firstYear();
        return finding(former ? Severity.WARNING : Severity.INFO,
                code + " 印作“" + printed + "”，用的是" + whenZh + "政府收支分类科目的名称，" + year + "年政府收支分类科目为“" + other.official() + "”",
                "code " + code + " is printed as \"" + printed + "\", the name the classification used " + whenEn + "; the " + year
                        + " classification names it \"" + other.official() + "\"",
                List.of(location), code, printed);
    }

    /** Rows by budget unit (201 北京市东城区医疗保障局) carry unit codes that look like class codes. */
    static boolean organisation(String label) {
        return ORGANISATION.matcher(CodeDictionary.normalise(label)).matches();
    }

    private Finding finding(Severity severity, String zh, String en, List<FindingLocation> locations, String code, String name) {
        return new Finding(ID, category(), severity, zh, en, null, null, null, List.of(), locations, Fingerprints.of(ID, code, name), ValueUnit.NONE);
    }
}
