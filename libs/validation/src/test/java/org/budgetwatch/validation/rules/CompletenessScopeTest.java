package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.util.List;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.DocumentMetadata;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.LineSpan;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/** COMPLETE-TABLES and COMPLETE-EMPTY-NOTE judge what a file is before they name what it lacks. */
class CompletenessScopeTest {

    @Test
    void aFileWithoutAnyTableShouldBeNamedOnceAsATextOnlyPartNotMissingEveryStandardTable() {
        // Jiangsu 2019: 江苏省委办公厅2019年度部门预算公开文件 (the text; its twelve tables are a file of their own)
        String text = """
                江苏省委办公厅2019年度部门预算公开
                目      录
                第二部分 2019年度部门预算表
                一、收支预算总表
                二、收入预算总表
                第三部分 2019年度部门预算情况说明
                （一）收入预算总计27664.22万元。
                """;
        assertThat(findings(new CompleteTablesRule(), text)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageZh()).contains("未读到任何表格");
        });
    }

    @Test
    void aGeneralBudgetTableByEconomicClassWithABasicColumnShouldBeTheBasicExpenditureTable() {
        // Shenzhen 2026 表8 一般公共预算支出表（按经济分类）, page 47: its 基本支出 column by economic class
        String text = TextDocuments.HEADER + """
                一般公共预算支出表（按经济分类）
                单位：万元
                科目编码\t科目名称\t支出总计\t基本支出\t项目支出
                301\t工资福利支出\t3,486.42\t3,486.42\t0.00
                30101\t基本工资\t700.95\t700.95\t0.00
                30102\t津贴补贴\t1,608.00\t1,608.00\t0.00
                """;
        assertThat(findings(new CompleteTablesRule(), text)).extracting(Finding::messageZh)
                .doesNotContain("未找到一般公共预算基本支出表").contains("未找到收支总表");
    }

    @Test
    void aFormReadWithoutRowsShouldNotBeAskedWhyItIsEmpty() {
        // Yantai 2026, page 34: the last lines of a 政策和项目预算绩效目标表 on a page of their own, read as its header
        ExtractedTable form = new ExtractedTable(18, TableType.PERFORMANCE_TARGETS, "政策和项目预算绩效目标表", TableSide.WHOLE, AmountUnit.WAN_YUAN,
                new LineSpan(34, 900, 902), List.of(new TableColumn(0, "满意度指标", false), new TableColumn(1, "服务对象满意度指标", false),
                new TableColumn(2, "职工满意度/会议、培训对象满意度", false), new TableColumn(3, "=100%/≥95%", false)), List.of(), null);
        ExtractedDocument document = new ExtractedDocument("application/pdf", new DocumentMetadata("烟台市财政局2026年部门预算", "烟台市财政局",
                "烟台市", 2026, DocumentKind.DEPARTMENT_BUDGET), List.of(form), List.of());

        assertThat(new DisclosureValidator(RuleCatalogue.of("test", List.of(new CompleteEmptyNoteRule())), true).validate(document).findings())
                .isEmpty();
    }
}
