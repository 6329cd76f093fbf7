package org.budgetwatch.validation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.TableType;

/**
 * Which money a narrative sentence speaks of: the department's whole budget (部门收支: every source of funds), its
 * fiscal appropriation (财政拨款), or one of the fiscal budgets (一般公共预算, 政府性基金, 国有资本经营). "其中：基本支出
 * X 万元" says it only through the figure it breaks down, stated just before in the same paragraph: Chongqing's
 * "一般公共预算财政拨款支出 101,833.84 万元 … 其中：基本支出 43,436.09 万元" is the general budget's basic expenditure, the
 * National Petitions Bureau's "支出预算总计 50,616.94 万元，其中：基本支出 11,056.07 万元" the whole department's. Where
 * nothing before it says, the scope is unknown.
 */
enum NarrativeScope {
    DEPARTMENT(List.of(TableType.EXPENDITURE_SUMMARY)),
    FISCAL(List.of(TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableType.GENERAL_BUDGET_EXPENDITURE)),
    GENERAL_BUDGET(List.of(TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableType.GENERAL_BUDGET_EXPENDITURE)),
    GOVERNMENT_FUND(List.of(TableType.GOVERNMENT_FUND_EXPENDITURE)),
    STATE_CAPITAL(List.of(TableType.STATE_CAPITAL_EXPENDITURE)),
    /** A part of one line item (卫生健康支出 X 万元，其中：基本支出 Y 万元): no table's column total is its figure. */
    LINE_ITEM(List.of()),
    UNKNOWN(List.of(TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableType.GENERAL_BUDGET_EXPENDITURE, TableType.EXPENDITURE_SUMMARY));

    /** 支出预算, 支出预算总计, 本年支出合计, 收支总预算, 支出决算: the department's total. */
    private static final Pattern DEPARTMENT_NAME = Pattern.compile("支出(预算|决算|总计|合计|总额)|本年支出|总支出|收支总|收入支出|收、支");
    /** 一般公共服务(类)支出, 行政运行(项): one line of the function classification. */
    private static final Pattern LINE_ITEM_NAME = Pattern.compile("[(（][类款项][)）]");

    private final List<TableType> tables;

    NarrativeScope(List<TableType> tables) {
        this.tables = tables;
    }

    /**
     * The tables that show this scope's figures. Fiscal appropriation is the general budget's tables only where the
     * document has no government fund or state capital spending to add to them.
     */
    List<TableType> tables(ExtractedDocument document) {
        if (this == FISCAL && document.tables().stream().anyMatch(t -> (t.type() == TableType.GOVERNMENT_FUND_EXPENDITURE
                || t.type() == TableType.STATE_CAPITAL_EXPENDITURE) && !t.isBlank())) {
            return List.of();
        }
        return tables;
    }

    /**
     * The scope of a statement that names a part (基本支出, 人员经费 …) without saying of what: the nearest statement
     * before it in the same paragraph that states a whole decides, passing over the other parts listed with it.
     */
    static NarrativeScope ofPart(List<NarrativeStatement> statements, int index, Set<String> parts) {
        NarrativeStatement part = statements.get(index);
        for (int i = index - 1; i >= 0 && statements.get(i).line() == part.line(); i--) {
            String subject = statements.get(i).subject();
            if (subject == null || parts.contains(subject)) {
                continue;
            }
            return named(subject);
        }
        return UNKNOWN;
    }

    /** The scope a figure's name states. */
    static NarrativeScope named(String words) {
        if (words.contains("一般公共预算")) {
            return GENERAL_BUDGET;
        }
        if (words.contains("政府性基金")) {
            return GOVERNMENT_FUND;
        }
        if (words.contains("国有资本经营")) {
            return STATE_CAPITAL;
        }
        if (words.contains("财政拨款")) {
            return FISCAL;
        }
        if (LINE_ITEM_NAME.matcher(words).find()) {
            return LINE_ITEM;
        }
        return DEPARTMENT_NAME.matcher(words).find() ? DEPARTMENT : UNKNOWN;
    }
}
