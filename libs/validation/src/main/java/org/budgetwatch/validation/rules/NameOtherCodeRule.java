package org.budgetwatch.validation.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.validation.codes.CodeDictionary;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;

/**
 * NAME-OTHER-CODE: an economic code (部门预算支出经济分类 301…399, 政府预算支出经济分类 501…599) printed with a name
 * that the document's year's classification gives another code: 30202 printed 办公费 (30201's), or the other economic
 * classification's name for a code of the same shape (50201, 机关商品和服务支出's 办公经费, printed 办公费, the name of
 * the department classification's 30201). Which classification a code is in is its first digit; the two reuse similar
 * numbers with different meanings, so a name is looked for first among the code's own classification's codes of its
 * level, then among the other's. A name that is the code's own, contains it or is contained in it, or is the code's name
 * in another year, is NAME-CODE's. Function codes are not read: their 项 share names (行政运行 under every 款).
 * WARNING: a swapped name misleads a reader about what the money buys; it changes no figure.
 */
public final class NameOtherCodeRule implements Rule {

    public static final String ID = "NAME-OTHER-CODE";

    private final CodeNaming naming;

    public NameOtherCodeRule(CodeDictionary dictionary) {
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
        Set<String> reported = new LinkedHashSet<>();
        for (ExtractedTable table : document.tables()) {
            if (!NameCodeRule.CODE_NAMED.contains(table.type())) {
                continue;
            }
            for (TableRow row : table.rows()) {
                if (!NameCodeRule.classifiedRow(row) || !CodeNaming.economic(row.code())) {
                    continue;
                }
                String printed = CodeDictionary.normalise(row.label());
                if (!(naming.judge(row.code(), printed, year) instanceof CodeNaming.OtherCode other)) {
                    sink.passed(ID);
                } else if (reported.add(row.code() + "|" + printed)) {
                    sink.failed(finding(row.code(), printed, other, year, table, row));
                }
            }
        }
    }

    private Finding finding(String code, String printed, CodeNaming.OtherCode other, int year, ExtractedTable table, TableRow row) {
        String codes = String.join("、", other.codes());
        String owner = other.otherClassification() ? CodeNaming.classification(other.codes().iterator().next()) + " " : " ";
        String ownerEn = other.otherClassification() ? "the " + CodeNaming.classificationEn(other.codes().iterator().next()) + "'s " : "";
        String zh = code + " 印作“" + printed + "”，这是" + owner + codes + " 的科目名称；" + year + "年" + CodeNaming.classification(code) + " "
                + code + " 为“" + other.official() + "”";
        String en = "code " + code + " is printed as \"" + printed + "\", the name of " + ownerEn + String.join(", ", other.codes()) + "; in the "
                + year + " " + CodeNaming.classificationEn(code) + " " + code + " is \"" + other.official() + "\"";
        return new Finding(ID, category(), Severity.WARNING, zh, en, null, null, null, List.of(), List.of(Locations.row(table, row)),
                Fingerprints.of(ID, code, printed), ValueUnit.NONE);
    }
}
