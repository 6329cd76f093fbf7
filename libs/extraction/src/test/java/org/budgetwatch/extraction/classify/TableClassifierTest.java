package org.budgetwatch.extraction.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetwatch.extraction.model.TableType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Printed titles from several regions' templates and the standard type each one is. */
class TableClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "预算01表 2024年部门（单位）收支总表|REVENUE_EXPENDITURE_SUMMARY",
            "2025年部门财务收支预算总表|REVENUE_EXPENDITURE_SUMMARY",
            "收入总表(预算表2)|REVENUE_SUMMARY",
            "支出总表（预算表3）|EXPENDITURE_SUMMARY",
            "2025年部门支出预算总表|EXPENDITURE_SUMMARY",
            "单位预算财政拨款收支总表|FISCAL_APPROPRIATION_SUMMARY",
            "本年一般公共预算支出表（预算表5）|GENERAL_BUDGET_EXPENDITURE",
            "2025年部门一般公共预算基本支出部门预算经济分类预算表|GENERAL_BUDGET_BASIC_EXPENDITURE",
            "一般公共预算“三公”经费支出表|THREE_PUBLIC_COSTS",
            "预算09表 2024年部门（单位）政府性基金预算财政拨款支出表|GOVERNMENT_FUND_EXPENDITURE",
            "项目支出表(预算表9)|PROJECT_EXPENDITURE",
            "预算12表 2024年部门（单位）政府购买服务预算财政拨款明细表|PURCHASED_SERVICES",
            "财政拨款委托业务费支出预算表|OTHER",
            "财政拨款支出预算表（功能科目）|OTHER",
            "财政拨款基本支出预算表|OTHER",
            "基本支出预算情况表|OTHER",
            "一般公共预算机关运行经费支出预算表|OTHER",
            "2026年单位“三公”经费和机关运行经费预算表|THREE_PUBLIC_COSTS",
            "会议费支出表|OTHER",
            "单位固定资产占用情况表|OTHER"})
    void shouldClassifyThePrintedTitle(String title, TableType type) {
        assertThat(TableClassifier.classify(title)).isEqualTo(type);
    }
}
