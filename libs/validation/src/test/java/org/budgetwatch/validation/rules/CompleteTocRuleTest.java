package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * COMPLETE-TOC with 延边朝鲜族自治州医疗保障局 2024 as published (corpus): its 目录 (lines 19–30) lists twelve tables, the
 * eleventh "十一、财政拨款委托业务费支出预算表", printed on lines 421–438 as an empty template; and the list of numbered
 * tables of 东西湖区医疗保障局 2024 (corpus lines 71–92: "- 表 11. 整体支出绩效目标表", and OCR's run-together
 * "表 12-7. 项目支出绩效目标表表 12-8. 项目支出绩效目标表…").
 */
class CompleteTocRuleTest {

    private static List<String> yanbian() throws IOException {
        return Files.readAllLines(Path.of("../../corpus/yanbian-medical-security-2024-budget.txt"));
    }

    @Test
    void everyTableTheContentsListShouldBeFoundUnderItsOwnTitleOrOneThatReadsTheSame() throws IOException {
        String published = String.join("\n", yanbian());
        assertThat(findings(new CompleteTocRule(), published)).isEmpty();
        assertThat(checks(new CompleteTocRule(), published)).isEqualTo(12);
    }

    @Test
    void aListedTableMissingFromTheDocumentShouldBeAWarning() throws IOException {
        List<String> lines = new ArrayList<>(yanbian());
        lines.subList(420, 438).clear(); // the 委托业务费 table, title to note
        assertThat(findings(new CompleteTocRule(), String.join("\n", lines))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).isEqualTo("目录列出《财政拨款委托业务费支出预算表》，但文件中没有这张表");
            assertThat(f.locations().get(0).line()).isEqualTo(29);
        });
    }

    @Test
    void aTablePublishedAsAnImageShouldCountByItsTitle() throws IOException {
        List<String> lines = new ArrayList<>(yanbian());
        lines.subList(422, 438).clear(); // the title stays, the grid is gone (a scanned page)
        assertThat(findings(new CompleteTocRule(), String.join("\n", lines))).isEmpty();
    }

    @Test
    void numberedListsShouldBeReadEntryByEntry() throws IOException {
        List<String> wuhan = Files.readAllLines(Path.of("../../corpus/wuhan-dongxihu-medical-security-2024-budget.txt"));
        String listing = String.join("\n", wuhan.subList(70, 110)); // the list, then the 收支总表 that follows it
        assertThat(ListedTables.of(TextDocuments.extract(TextDocuments.HEADER + listing + "\n")))
                .extracting(ListedTables.Listing::title)
                .contains("部门收支总表", "一般公共预算支出表(分单位)", "项目支出情况表", "整体支出绩效目标表")
                .filteredOn(t -> t.equals("项目支出绩效目标表")).hasSize(12);
    }

    @Test
    void aContentsThatListsOnlyPartsAndPagesShouldNameNoTable() {
        // 国家信访局 2026 p.1
        String contents = TextDocuments.HEADER + """
                目 录
                第一部分            国家信访局基本情况 ............................... 2
                一、部门职责 ................................................................ 2
                第二部分            国家信访局部门预算表 ........................... 4
                第三部分            国家信访局部门预算情况说明 .............16
                一、关于部门收支总表的说明 ................................. 16
                第一部分            国家信访局基本情况
                部门收支总表
                单位：万元
                项目\t预算数
                一、一般公共预算拨款收入\t18,728.94
                """;
        assertThat(ListedTables.of(TextDocuments.extract(contents))).isEmpty();
    }
}
