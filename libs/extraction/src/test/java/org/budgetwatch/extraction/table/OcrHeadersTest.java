package org.budgetwatch.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.junit.jupiter.api.Test;

/**
 * Headers of OCR'd and hand-made exports read as a careful person reads them: a group heading set beside its group,
 * the unit in the header's corner, rules read as marks, headings garbled into near-words, the total row's blank
 * label cells filled with heading words. Each layout is made up here; none is copied from a document.
 */
class OcrHeadersTest {

    @Test
    void shouldStartEachGroupAtItsSubtotalWhenTheGroupHeadingsStandOffTheirGroups() {
        // two groups of a revenue table, each heading set right of its 小计 (the second even over the first group)
        List<String> paths = paths(
                "部门收入总表",
                "单位：万元",
                "\t\t\t\t本年收入\t\t上年结转\t\t\t",
                "单位代码\t单位名称\t合计\t小计\t财政拨款\t事业收入\t其他收入\t小计\t财政拨款结转\t单位资金结转",
                "101001\t某某局本级\t150.00\t120.00\t100.00\t15.00\t5.00\t30.00\t30.00\t");

        assertThat(paths).containsExactly("合计", "本年收入/小计", "本年收入/财政拨款", "本年收入/事业收入", "本年收入/其他收入",
                "上年结转/小计", "上年结转/财政拨款结转", "上年结转/单位资金结转");
    }

    @Test
    void shouldKeepGroupHeadingsWhereTheyStandWhenTheFiguresAddUpThere() {
        // the same header, but 其他收入 is carried over: the first 小计 is the sum of the columns up to 上年结转 only
        List<String> paths = paths(
                "部门收入总表",
                "单位：万元",
                "\t\t\t\t本年收入\t\t上年结转\t\t\t",
                "单位代码\t单位名称\t合计\t小计\t财政拨款\t事业收入\t其他收入\t小计\t财政拨款结转\t单位资金结转",
                "101001\t某某局本级\t150.00\t115.00\t100.00\t15.00\t5.00\t30.00\t30.00\t",
                "101002\t某某中心\t50.00\t40.00\t30.00\t10.00\t2.00\t8.00\t8.00\t");

        assertThat(paths).contains("上年结转/其他收入").doesNotContain("本年收入/其他收入");
    }

    @Test
    void shouldPutAGroupHeadingOverTheSubtotalThatOpensItsGroup() {
        List<String> paths = paths(
                "某某部门支出预算表",
                "科目编码\t科目名称\t合计\t\t基本支出\t\t项目支出",
                "\t\t\t小计\t人员经费\t公用经费\t",
                "201\t一般公共服务支出\t30.00\t20.00\t15.00\t5.00\t10.00",
                "20101\t人大事务\t30.00\t20.00\t15.00\t5.00\t10.00");

        assertThat(paths).containsExactly("合计", "基本支出/小计", "基本支出/人员经费", "基本支出/公用经费", "项目支出");
    }

    @Test
    void shouldLeaveTheUnitInTheHeadersCornerAndTheRulesBesideHeadingsOutOfThePaths() {
        List<String> paths = paths(
                "一般公共预算基本支出表",
                "\t\t\t\t平位: 717",
                "\t部门经济分类科目\t\t本年基本支出\t平世: 刀儿",
                "科目编码\t科目名称\t│ 合计 -\t人员经费\t公用经费",
                "301\t工资福利支出\t60.00\t60.00\t0.00",
                "302\t商品和服务支出\t20.00\t0.00\t20.00");

        assertThat(paths).containsExactly("合计", "本年基本支出/人员经费", "本年基本支出/公用经费");
    }

    @Test
    void shouldReadTheTemplatesHeadingsWhereOcrGarbledThemAndTheFiguresBearTheTemplateOut() {
        // 基本支出 lost, 项目支出 set over 公用经费, 项目支出 garbled in its own column
        List<String> paths = paths(
                "一般公共预算支出表(分单位)",
                "单位：万元",
                "单位编码\t单位名称\t\t\t\t项目支出\t",
                "\t\t合计\t小计\t人员经费\t公用经费\t项目又山",
                "\t合计\t90.00\t60.00\t45.00\t15.00\t30.00",
                "101\t某某局\t90.00\t60.00\t45.00\t15.00\t30.00",
                "101001\t某某局本级\t70.00\t50.00\t40.00\t10.00\t20.00",
                "101002\t某某中心\t20.00\t10.00\t5.00\t5.00\t10.00");

        assertThat(paths).containsExactly("合计", "基本支出/小计", "基本支出/人员经费", "基本支出/公用经费", "项目支出");
    }

    @Test
    void shouldKeepPrintedHeadingsThatAreNoMisreadingOfTheTemplate() {
        List<String> paths = paths(
                "一般公共预算支出表",
                "单位：万元",
                "科目编码\t科目名称\t合计\t小计\t工资福利支出\t商品和服务支出\t项目支出",
                "201\t一般公共服务支出\t30.00\t20.00\t15.00\t5.00\t10.00",
                "20101\t人大事务\t30.00\t20.00\t15.00\t5.00\t10.00");

        assertThat(paths).containsExactly("合计", "小计", "工资福利支出", "商品和服务支出", "项目支出");
    }

    @Test
    void shouldKeepTheTemplatesHeadingsInTheOrderPrinted() {
        // 公用经费 before 人员经费 adds up as well as the template's order: the printed order stands
        List<String> paths = paths(
                "一般公共预算支出表",
                "单位：万元",
                "科目编码\t科目名称\t合计\t小计\t公用经费\t人员经费\t项目又山",
                "201\t一般公共服务支出\t30.00\t20.00\t15.00\t5.00\t10.00",
                "20101\t人大事务\t30.00\t20.00\t15.00\t5.00\t10.00");

        assertThat(paths).containsExactly("合计", "小计", "公用经费", "人员经费", "项目又山");
    }

    @Test
    void shouldNotTakeTheTemplatesHeadingsWhereTheFiguresDenyIt() {
        // as many columns as the template, a garbled heading, but no 小计 = 人员经费 + 公用经费 in any row
        List<String> paths = paths(
                "一般公共预算支出表",
                "单位：万元",
                "科目编码\t科目名称\t合计\t小计\t人员经费\t公用经费\t项目又山",
                "201\t一般公共服务支出\t30.00\t20.00\t11.00\t5.00\t10.00",
                "20101\t人大事务\t30.00\t20.00\t11.00\t5.00\t10.00");

        assertThat(paths).containsExactly("合计", "小计", "人员经费", "公用经费", "项目又山");
    }

    @Test
    void shouldReadTheFirstRowWhoseLabelsAreHeadingWordsAsTheTotal() {
        ExtractedTable table = table(
                "部门支出总表",
                "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "支出功能科目代码\t支出功能科目名称\t90.00\t60.00\t30.00");

        TableRow row = table.rows().get(0);
        assertThat(row.label()).isEqualTo("合计");
        assertThat(row.total()).isTrue();
    }

    @Test
    void shouldNotReadANamedFirstRowAsTheTotal() {
        ExtractedTable table = table(
                "部门支出总表",
                "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "201\t一般公共服务支出\t90.00\t60.00\t30.00",
                "\t项目名称\t90.00\t60.00\t30.00");

        assertThat(table.rows()).extracting(TableRow::total).containsExactly(false, false);
    }

    @Test
    void shouldPutBackTheBlankCellEveryBodyRowLostWhenThatAloneMakesTheSubtotalsHold() {
        // the export dropped one of the blank cells of 本年收入: the carried-over 小计 and its part sit one column left
        ExtractedTable table = table(
                "部门收入总表",
                "单位：万元",
                "单位代码\t单位名称\t合计\t本年收入\t\t\t\t上年结转\t\t",
                "\t\t\t小计\t财政拨款\t事业收入\t其他收入\t小计\t财政拨款结转\t单位资金结转",
                "101\t某某局\t130.00\t100.00\t100.00\t\t30.00\t30.00\t\t",
                "101001\t某某局本级\t80.00\t60.00\t60.00\t\t20.00\t20.00\t\t",
                "101002\t某某中心\t50.00\t40.00\t40.00\t\t10.00\t10.00\t\t");

        TableRow first = table.rows().get(0);
        assertThat(table.columns()).extracting(TableColumn::path).contains("上年结转/小计", "上年结转/财政拨款结转");
        assertThat(cell(table, first, "上年结转/小计")).isEqualTo("30.00");
        assertThat(cell(table, first, "上年结转/财政拨款结转")).isEqualTo("30.00");
        assertThat(cell(table, first, "本年收入/其他收入")).isNull();
    }

    @Test
    void shouldLeaveTheBodyWhereItIsWhenTheSubtotalsHoldAsPrinted() {
        ExtractedTable table = table(
                "部门收入总表",
                "单位：万元",
                "单位代码\t单位名称\t合计\t本年收入\t\t\t\t上年结转\t\t",
                "\t\t\t小计\t财政拨款\t事业收入\t其他收入\t小计\t财政拨款结转\t单位资金结转",
                "101\t某某局\t130.00\t100.00\t70.00\t\t30.00\t30.00\t\t",
                "101001\t某某局本级\t80.00\t60.00\t40.00\t\t20.00\t20.00\t\t");

        assertThat(cell(table, table.rows().get(0), "本年收入/其他收入")).isEqualTo("30.00");
    }

    private static String cell(ExtractedTable table, TableRow row, String path) {
        TableColumn column = table.columns().stream().filter(c -> c.path().equals(path)).findFirst().orElseThrow();
        return row.cell(column.index()).map(c -> c.text()).orElse(null);
    }

    private static List<String> paths(String... lines) {
        return table(lines).columns().stream().map(TableColumn::path).toList();
    }

    private static ExtractedTable table(String... lines) {
        return LayoutReader.read("text/plain", Stream.of(lines).map(PagedLine::of).toList()).tables().get(0);
    }
}
