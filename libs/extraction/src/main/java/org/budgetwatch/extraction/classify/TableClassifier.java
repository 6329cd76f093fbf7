package org.budgetwatch.extraction.classify;

import java.util.List;
import java.util.function.Predicate;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;

/** Recognises a standard table by the meaning of its printed title; titles vary by region. */
public final class TableClassifier {

    private record Rule(TableType type, Predicate<String> matches) {
    }

    // most specific first: a 一般公共预算基本支出表 also mentions 支出
    private static final List<Rule> RULES = List.of(
            new Rule(TableType.THREE_PUBLIC_COSTS, t -> t.contains("三公")),
            new Rule(TableType.GOVERNMENT_FUND_EXPENDITURE, t -> t.contains("政府性基金")),
            new Rule(TableType.STATE_CAPITAL_EXPENDITURE, t -> t.contains("国有资本经营")),
            new Rule(TableType.PURCHASED_SERVICES, t -> t.contains("政府购买服务")),
            new Rule(TableType.GOVERNMENT_PROCUREMENT, t -> t.contains("政府采购")),
            new Rule(TableType.PERFORMANCE_TARGETS, t -> t.contains("绩效目标")),
            // 机关运行经费 is one kind of expense of the general budget, not the general budget's expenditure
            new Rule(TableType.OTHER, t -> t.contains("机关运行经费")),
            new Rule(TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, t -> t.contains("一般公共预算") && t.contains("基本支出")),
            new Rule(TableType.GENERAL_BUDGET_EXPENDITURE, t -> t.contains("一般公共预算") && t.contains("支出")),
            new Rule(TableType.PROJECT_EXPENDITURE, t -> t.contains("项目支出")),
            new Rule(TableType.FISCAL_APPROPRIATION_SUMMARY, t -> t.contains("财政拨款收支") || t.contains("财政拨款收入支出")),
            // basic expenditure of every source, or of all fiscal appropriations, is neither the general budget's basic
            // expenditure nor the department's expenditure summary: comparing it with either would invent differences
            new Rule(TableType.OTHER, t -> t.contains("基本支出") || t.contains("财政拨款") && t.contains("支出")),
            new Rule(TableType.REVENUE_EXPENDITURE_SUMMARY, t -> t.matches(".*(收支|收入支出)(预算|决算)?(总表|总体|汇总|情况表|预算表|决算表).*")),
            new Rule(TableType.REVENUE_SUMMARY, t -> t.matches(".*收入(预算|决算)?(总表|汇总表|总体|情况表|表).*")),
            // a table of one kind of expense (委托业务费支出预算表, 会议费支出表) is not the department's expenditure summary
            new Rule(TableType.OTHER, t -> t.matches(".*费支出.*")),
            new Rule(TableType.EXPENDITURE_SUMMARY, t -> t.matches(".*支出(预算|决算)?(总表|汇总表|总体|情况表|表).*")));

    private TableClassifier() {
    }

    public static TableType classify(String title) {
        String t = Texts.withoutWhitespace(title).replace('“', '"').replace('”', '"');
        return RULES.stream().filter(r -> r.matches().test(t)).map(Rule::type).findFirst().orElse(TableType.OTHER);
    }
}
