package org.budgetwatch.validation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.CodeLevel;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.codes.CodeDictionary;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;

/**
 * CODE-MALFORMED: in a table classified by 政府收支分类 codes (function 类 3 digits, 款 5, 项 7; economic 类 3, 款 5), a
 * code that cannot be one: a row headed by a number of one or two digits ("7 一般公共服务支出", "301 2"), a code of 4 or 6
 * digits on a classified line, a 类 that no edition of the classification has (function 201–234, department economic
 * 301–313 and 399, government economic 501–514 and 599), or a 款/项 printed under a 类/款 that is not its prefix while its
 * own parent is nowhere in the table. WARNING: the figures may be right and the code mistyped. Tables read with doubt,
 * tables that are not classified (fewer than three classified rows) and rows named after a budget unit (their unit codes
 * look like classification codes: 201001 北京市东城区医疗保障局本级) are not judged.
 */
public final class CodeMalformedRule implements Rule {

    public static final String ID = "CODE-MALFORMED";
    private static final Set<TableType> CLASSIFIED_TABLES = NameCodeRule.CODE_NAMED;
    private static final Set<CodeKind> CLASSIFIED = NameCodeRule.CLASSIFIED;
    /** "7 一般公共服务支出", "2-工资福利支出": a number too short to be a code heading a classified line. */
    private static final Pattern SHORT_NUMBER = Pattern.compile("^([0-9]{1,2})(?:\\s+|[-－—])\\p{IsHan}.*");
    /** Wider than NAME-CODE's: a unit row wrongly taken for a malformed code would be a false alarm (医院, 学校, 纪念馆). */
    private static final Pattern ORGANISATION = Pattern.compile(".*(局|中心|委员会|委|办公室|办公厅|院|所|站|队|处|本级|单位|政府|厅|馆|校|会)");
    private static final int MIN_CLASSIFIED_ROWS = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "codes";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        for (ExtractedTable table : document.tables()) {
            if (!CLASSIFIED_TABLES.contains(table.type()) || table.isForm()
                    || table.rows().stream().filter(r -> CLASSIFIED.contains(r.codeKind())).count() < MIN_CLASSIFIED_ROWS) {
                continue;
            }
            List<TableRow> rows = table.rows();
            for (int r = 0; r < rows.size(); r++) {
                TableRow row = rows.get(r);
                String label = Texts.withoutWhitespace(row.label());
                if (row.total() || organisation(label)) {
                    continue;
                }
                String problem = problem(rows, r, row);
                if (problem == null) {
                    sink.passed(ID);
                } else {
                    sink.failed(new Finding(ID, category(), Severity.WARNING, "《" + table.title() + "》" + problem,
                            table.title() + ": " + english(row), null, null, null, List.of(), List.of(Locations.row(table, row)),
                            Fingerprints.of(ID, table.index(), row.index()), ValueUnit.NONE));
                }
            }
        }
    }

    /** What is wrong with the row's code, in Chinese, or null. */
    private static String problem(List<TableRow> rows, int index, TableRow row) {
        String label = row.label().strip();
        if (row.code() == null) {
            java.util.regex.Matcher number = SHORT_NUMBER.matcher(label);
            return number.matches() && !label.matches("^[0-9]{1,2}\\s*[.、．)）].*")
                    ? "“" + label + "”以 " + number.group(1) + " 开头：" + number.group(1).length() + " 位数字不是政府收支分类科目编码（类 3 位、款 5 位、项 7 位）"
                    : null;
        }
        String code = row.code();
        if (row.codeKind() == CodeKind.UNIT && (code.length() == 4 || code.length() == 6) && "235".indexOf(code.charAt(0)) >= 0) {
            return "科目编码 " + code + "（" + label + "）为 " + code.length() + " 位：政府收支分类科目编码为类 3 位、款 5 位、项 7 位";
        }
        if (!CLASSIFIED.contains(row.codeKind())) {
            return null;
        }
        if (!CodeDictionary.isClass(code.substring(0, 3), row.codeKind())) {
            return "科目编码 " + code + "（" + label + "）的类 " + code.substring(0, 3) + " 不在政府收支分类科目中";
        }
        if (row.level() == CodeLevel.SEGMENT || row.level() == CodeLevel.ITEM) {
            String parent = code.substring(0, code.length() - 2);
            boolean parentPrinted = rows.stream().anyMatch(r -> parent.equals(r.code()));
            TableRow above = nearestAbove(rows, index, row, code.length() - 2);
            // a 项 that agrees with its 类 is under a mistyped 款: the 款 is the finding, not each of its 项
            TableRow classAbove = row.level() == CodeLevel.ITEM ? nearestAbove(rows, index, row, 3) : null;
            boolean agreesWithClass = classAbove != null && code.startsWith(classAbove.code());
            if (!parentPrinted && above != null && !code.startsWith(above.code()) && !agreesWithClass) {
                return (row.level() == CodeLevel.SEGMENT ? "款 " : "项 ") + code + "（" + label + "）列在 " + above.code() + "（"
                        + above.label().strip() + "）之下，但其前缀 " + parent + " 不是该科目，表中也没有 " + parent;
            }
        }
        return null;
    }

    /** The nearest row above with a code of this length, of the same classification; null when none is printed. */
    private static TableRow nearestAbove(List<TableRow> rows, int index, TableRow row, int parentLength) {
        for (int p = index - 1; p >= 0; p--) {
            TableRow candidate = rows.get(p);
            if (candidate.total()) {
                return null;
            }
            if (candidate.codeKind() == row.codeKind() && candidate.code() != null && candidate.code().length() == parentLength) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean organisation(String label) {
        return ORGANISATION.matcher(label).matches();
    }

    private static String english(TableRow row) {
        return "the code of \"" + row.label().strip() + "\" (" + (row.code() == null ? "none" : row.code())
                + ") cannot be a code of the government revenue and expenditure classification (class 3 digits, segment 5, item 7)"
                + " or is printed under a class or segment that is not its own";
    }
}
