package org.budgetwatch.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.budgetwatch.extraction.model.TableColumn;
import org.junit.jupiter.api.Test;

/** Header rows flatten into one path per column; what OCR made of a stamp or a ruling is not a heading. */
class HeaderGridTest {

    @Test
    void shouldFlattenTwoHeaderRowsIntoPaths() {
        assertThat(HeaderGrid.paths(List.of(List.of("合计", "基本支出", ""), List.of("", "人员经费", "公用经费")), 3))
                .containsExactly("合计", "基本支出/人员经费", "基本支出/公用经费");
    }

    @Test
    void shouldCarryAnUpperHeadingOverEveryColumnTheRowsBelowItFill() {
        // beijing-dongcheng-medical-security-2024-budget.txt, 预算07表: 本年预算数 spans 基本支出 and 项目支出, which span the leaves
        List<String> paths = LayoutReader.read("text/plain", Stream.of(
                "预算07表 2024年部门（单位）一般公共预算财政拨款支出表",
                "金额单位：万元",
                "单位名称\t功能分类科目\t\t合计\t本年预算数\t\t\t\t",
                "\t科目编码\t科目名称\t\t基本支出\t\t\t项目支出\t",
                "\t\t\t\t小计\t人员经费\t公用经费\t项目支出总数\t扣除基建项目后预算数",
                "201002-北京市东城区医疗保险事务管理中心\t2101501\t行政运行\t1,475.79\t1,475.79\t1,357.26\t118.53\t\t",
                "201002-北京市东城区医疗保险事务管理中心\t2101502\t一般行政管理事务\t46.50\t\t\t\t46.50\t46.50")
                .map(PagedLine::of).toList()).tables().get(0).columns().stream().map(TableColumn::path).toList();

        assertThat(paths).containsExactly("合计", "本年预算数/基本支出/小计", "本年预算数/基本支出/人员经费", "本年预算数/基本支出/公用经费",
                "本年预算数/项目支出/项目支出总数", "本年预算数/项目支出/扣除基建项目后预算数");
    }

    @Test
    void shouldNotSpreadTheHeadingOfALabelColumnOverAFigureColumn() {
        // wuhan-dongxihu-medical-security-2024-budget.txt, 一般公共预算支出表(分单位), as OCR read it
        assertThat(HeaderGrid.paths(List.of(List.of("单位纪显", "单位编码 单位名称", "", "", "", "项目支出", ""),
                List.of("中位编码", "平位石桥", "合计", "小计", "人员经费", "公用经费", "项目又山")), 7))
                .containsExactly("单位纪显/中位编码", "单位编码单位名称/平位石桥", "合计", "小计", "人员经费", "项目支出/公用经费", "项目支出/项目又山");
    }

    @Test
    void shouldLeaveOcrNoiseOutOfThePaths() {
        assertThat(HeaderGrid.paths(List.of(List.of("合计", "基本支出"), List.of("الاال", "人员经费"), List.of("│", "——")), 2))
                .containsExactly("合计", "基本支出/人员经费");
    }

    @Test
    void shouldKeepHeadingsOfLettersAndDigits() {
        assertThat(HeaderGrid.isNoise("2024年预算数")).isFalse();
        assertThat(HeaderGrid.isNoise("PPP项目")).isFalse();
        assertThat(HeaderGrid.isNoise("（一）")).isFalse();
        assertThat(HeaderGrid.isNoise("——")).isTrue();
        assertThat(HeaderGrid.isNoise("الاال")).isTrue();
    }
}
