package org.budgetwatch.validation.rules;

import org.budgetwatch.extraction.model.TableType;

/** Readable names of the standard tables, for messages. */
final class TableNames {

    private TableNames() {
    }

    static String zh(TableType type) {
        return switch (type) {
            case REVENUE_EXPENDITURE_SUMMARY -> "收支总表";
            case REVENUE_SUMMARY -> "收入总表";
            case EXPENDITURE_SUMMARY -> "支出总表";
            case FISCAL_APPROPRIATION_SUMMARY -> "财政拨款收支总表";
            case GENERAL_BUDGET_EXPENDITURE -> "一般公共预算支出表";
            case GENERAL_BUDGET_BASIC_EXPENDITURE -> "一般公共预算基本支出表";
            case THREE_PUBLIC_COSTS -> "“三公”经费支出表";
            case GOVERNMENT_FUND_EXPENDITURE -> "政府性基金预算支出表";
            case STATE_CAPITAL_EXPENDITURE -> "国有资本经营预算支出表";
            case PROJECT_EXPENDITURE -> "项目支出表";
            case GOVERNMENT_PROCUREMENT -> "政府采购预算明细表";
            case PURCHASED_SERVICES -> "政府购买服务预算表";
            case PERFORMANCE_TARGETS -> "绩效目标表";
            case OTHER -> "其他表";
        };
    }

    static String en(TableType type) {
        return type.name().toLowerCase().replace('_', ' ');
    }
}
