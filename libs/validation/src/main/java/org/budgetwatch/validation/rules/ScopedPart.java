package org.budgetwatch.validation.rules;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;

/**
 * A part of the expenditure (基本支出, 项目支出, 人员经费, 公用经费) as a sentence names it, with the money it is of:
 * "本部门2024年一般公共预算基本支出2726.30万元" names the general budget's 基本支出 itself (北京市东城区医疗保障局 2024,
 * p. 27), as "其中：基本支出" names it through the whole stated before ({@link NarrativeScope#ofPart}); "2024 年部门项目支出
 * 507.67 万元" (延边 2024) names no fund and is the department's.
 */
record ScopedPart(String part, NarrativeScope scope) {

    /** What may stand before the fund's name: the department, the year. */
    private static final Pattern LEAD = Pattern.compile("^(?:本部门|本单位|我单位|我局|部门|20\\d{2}\\s*年度?|年度|本年|当年)+");
    private static final Pattern FUNDS = Pattern.compile("^(?:一般公共预算|财政拨款|政府性基金预算?|国有资本经营预算?)+(?:财政拨款|拨款)?$");

    /** The part and the scope its own words give it; empty when the words before the part say anything else. */
    static Optional<ScopedPart> of(String subject, Set<String> parts) {
        if (subject == null) {
            return Optional.empty();
        }
        String words = Texts.withoutWhitespace(subject);
        for (String part : parts) {
            if (words.endsWith(part) && words.length() > part.length()) {
                String funds = LEAD.matcher(words.substring(0, words.length() - part.length())).replaceFirst("");
                if (funds.isEmpty()) {
                    // "2024 年部门项目支出 507.67 万元": the department's own, no fund named
                    return Optional.of(new ScopedPart(part, NarrativeScope.DEPARTMENT));
                }
                NarrativeScope scope = NarrativeScope.named(funds);
                if (FUNDS.matcher(funds).matches() && scope != NarrativeScope.UNKNOWN && scope != NarrativeScope.LINE_ITEM) {
                    return Optional.of(new ScopedPart(part, scope));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the department's whole is the general budget's: the 支出总表's total is the 一般公共预算支出表's, so a part
     * of the one is the same part of the other, and a department-wide 人员经费 may be read in the general budget's
     * basic-expenditure table when the 支出总表 has no such column (保定市满城区医疗保障局 2024: 9,064.36 万元 both).
     */
    static boolean departmentIsGeneralBudget(ExtractedDocument document) {
        Optional<Interval> department = total(document, TableType.EXPENDITURE_SUMMARY);
        Optional<Interval> general = total(document, TableType.GENERAL_BUDGET_EXPENDITURE);
        return department.isPresent() && general.isPresent() && department.get().intersects(general.get());
    }

    private static Optional<Interval> total(ExtractedDocument document, TableType type) {
        return TableFigures.first(document, type, TableSide.WHOLE).filter(t -> t.unit().inYuan() != null).flatMap(table -> TableFigures.grandTotal(table)
                .filter(f -> f.amounts().size() == 1).map(f -> {
                    PrintedAmount amount = f.amounts().get(0);
                    return Interval.ofPrinted(amount).times(table.unit().inYuan());
                }));
    }
}
