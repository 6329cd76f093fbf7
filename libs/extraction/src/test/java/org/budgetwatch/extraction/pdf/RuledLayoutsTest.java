package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.pdf.ReadTables.onlyTable;
import static org.budgetwatch.extraction.pdf.ReadTables.paths;
import static org.budgetwatch.extraction.pdf.ReadTables.rows;

import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ruled tables as budget PDFs print them, each layout on its own, typeset here with corpus figures: code and name in
 * separate columns, 类/款/项 in three columns, headers of two and three rows with spans, amounts without decimals, two
 * tables on one page.
 */
class RuledLayoutsTest {

    @BeforeEach
    void font() {
        ReadTables.assumeFont();
    }

    @ParameterizedTest(name = "borders {0}")
    @ValueSource(strings = {"stroked", "filled"})
    void shouldReadCodeAndNamePrintedInSeparateColumns(String borders) {
        LayoutPdf.Grid grid = LayoutPdf.Grid.ruled(70, 220, 90, 90, 90);
        byte[] pdf = LayoutPdf.landscape()
                .centred("支出总表（预算表3）", 16)
                .caption("预算单位：延边朝鲜族自治州医疗保障局（汇总）", "单位：万元", 10)
                .table((borders.equals("filled") ? grid.filledBorders() : grid)
                        .header("科目编码", "科目名称", "合计", "基本支出", "项目支出")
                        .row("", "合计", "349.50", "310.15", "39.35")
                        .row("208", "社会保障和就业支出", "349.50", "310.15", "39.35")
                        .row("20801", "人力资源和社会保障管理事务", "283.32", "243.97", "39.35")
                        .row("2080109", "社会保险经办机构", "279.30", "243.97", "35.34")
                        .row("2080199", "其他人力资源和社会保障管理事务支出", "4.01", "", "4.01")
                        .row("20805", "行政事业单位养老支出", "66.19", "66.19", "")
                        .row("2080505", "机关事业单位基本养老保险缴费支出", "66.19", "66.19", ""))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(table.title()).isEqualTo("支出总表（预算表3）");
        assertThat(table.type()).isEqualTo(TableType.EXPENDITURE_SUMMARY);
        assertThat(table.unit()).isEqualTo(AmountUnit.WAN_YUAN);
        assertThat(paths(table)).containsExactly("合计", "基本支出", "项目支出");
        assertThat(rows(table)).containsExactly(
                "|合计|349.50|310.15|39.35",
                "208|社会保障和就业支出|349.50|310.15|39.35",
                "20801|人力资源和社会保障管理事务|283.32|243.97|39.35",
                "2080109|社会保险经办机构|279.30|243.97|35.34",
                "2080199|其他人力资源和社会保障管理事务支出|4.01||4.01",
                "20805|行政事业单位养老支出|66.19|66.19|",
                "2080505|机关事业单位基本养老保险缴费支出|66.19|66.19|");
        assertThat(table.location().page()).isEqualTo(1);
        assertThat(ReadTables.pages(table)).containsOnly(1);
    }

    @Test
    void shouldJoinClassSegmentAndItemColumnsIntoFullCodesWhereEachRowPrintsOnlyItsOwnPart() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("单位预算一般公共预算财政拨款支出表", 16)
                .caption("450001保定市满城区医疗保障局本级", "单位：万元", 10)
                .table(LayoutPdf.Grid.ruled(40, 40, 40, 230, 90, 90, 90)
                        .header("科目编码", "<", "<", "科目名称", "合计", "基本支出", "项目支出")
                        .header("类", "款", "项", "^", "^", "^", "^")
                        .row("", "", "", "合计", "9064.36", "805.64", "8258.72")
                        .row("208", "", "", "社会保障和就业支出", "115.18", "115.18", "")
                        .row("", "05", "", "行政事业单位养老支出", "115.18", "115.18", "")
                        .row("", "", "01", "行政单位离退休", "4.87", "4.87", "")
                        .row("", "", "05", "机关事业单位基本养老保险缴费支出", "71.99", "71.99", "")
                        .row("", "", "06", "机关事业单位职业年金缴费支出", "38.31", "38.31", "")
                        .row("210", "", "", "卫生健康支出", "8901.79", "643.08", "8258.72")
                        .row("", "11", "", "行政事业单位医疗", "29.16", "29.16", "")
                        .row("", "", "01", "行政单位医疗", "29.16", "29.16", "")
                        .row("", "12", "", "财政对基本医疗保险基金的补助", "7544.13", "", "7544.13")
                        .row("", "", "02", "财政对城乡居民基本医疗保险基金的补助", "7544.13", "", "7544.13")
                        .row("", "13", "", "医疗救助", "630.07", "", "630.07")
                        .row("", "", "01", "城乡医疗救助", "630.07", "", "630.07")
                        .row("", "15", "", "医疗保障管理事务", "698.44", "613.92", "84.52")
                        .row("", "", "01", "行政运行", "613.92", "613.92", "")
                        .row("", "", "02", "一般行政管理事务", "55.52", "", "55.52")
                        .row("", "", "06", "医疗保障经办事务", "29.00", "", "29.00")
                        .row("221", "", "", "住房保障支出", "47.39", "47.39", "")
                        .row("", "02", "", "住房改革支出", "47.39", "47.39", "")
                        .row("", "", "01", "住房公积金", "47.39", "47.39", ""))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(table.type()).isEqualTo(TableType.GENERAL_BUDGET_EXPENDITURE);
        assertThat(paths(table)).containsExactly("合计", "基本支出", "项目支出");
        assertThat(rows(table)).containsExactlyElementsOf(CorpusRows.BAODING_GENERAL_BUDGET_EXPENDITURE);
    }

    @Test
    void shouldJoinClassSegmentAndItemColumnsWhereEveryRowRepeatsThePartsAboveIt() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("单位预算一般公共预算财政拨款支出表", 16)
                .caption("450001保定市满城区医疗保障局本级", "单位：万元", 10)
                .table(LayoutPdf.Grid.ruled(40, 40, 40, 230, 90, 90, 90)
                        .header("项目", "<", "<", "<", "一般公共预算支出", "<", "<")
                        .header("功能分类科目编码", "<", "<", "功能分类科目名称", "合计", "基本支出", "项目支出")
                        .header("类", "款", "项", "^", "^", "^", "^")
                        .row("208", "", "", "社会保障和就业支出", "115.18", "115.18", "")
                        .row("208", "05", "", "行政事业单位养老支出", "115.18", "115.18", "")
                        .row("208", "05", "01", "行政单位离退休", "4.87", "4.87", "")
                        .row("208", "05", "05", "机关事业单位基本养老保险缴费支出", "71.99", "71.99", "")
                        .row("208", "05", "06", "机关事业单位职业年金缴费支出", "38.31", "38.31", "")
                        .row("221", "", "", "住房保障支出", "47.39", "47.39", "")
                        .row("221", "02", "", "住房改革支出", "47.39", "47.39", "")
                        .row("221", "02", "01", "住房公积金", "47.39", "47.39", "")
                        .row("合计", "<", "<", "<", "162.57", "162.57", ""))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(paths(table)).containsExactly("一般公共预算支出/合计", "一般公共预算支出/基本支出", "一般公共预算支出/项目支出");
        assertThat(rows(table)).containsExactly(
                "208|社会保障和就业支出|115.18|115.18|",
                "20805|行政事业单位养老支出|115.18|115.18|",
                "2080501|行政单位离退休|4.87|4.87|",
                "2080505|机关事业单位基本养老保险缴费支出|71.99|71.99|",
                "2080506|机关事业单位职业年金缴费支出|38.31|38.31|",
                "221|住房保障支出|47.39|47.39|",
                "22102|住房改革支出|47.39|47.39|",
                "2210201|住房公积金|47.39|47.39|",
                "|合计|162.57|162.57|");
    }

    @Test
    void shouldReadAHeaderOfTwoRowsWithSpansAsPathsWithoutTheFiguresBelowIt() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("预算02表 2024年部门（单位）收入汇总表", 16)
                .caption("", "金额单位：万元", 10)
                .table(LayoutPdf.Grid.ruled(60, 190, 70, 70, 80, 80, 60, 60, 60)
                        .header("部门（单位）代码", "部门（单位）名称", "合计", "本年收入", "<", "<", "<", "上年结转结余", "<")
                        .header("^", "^", "^", "小计", "一般公共预算资金", "政府性基金预算资金", "事业收入", "小计", "单位资金")
                        .row("201", "北京市东城区医疗保障局", "40,734.65", "40,734.65", "40,734.65", "", "", "", "")
                        .row("201001", "北京市东城区医疗保障局本级", "37,605.98", "37,605.98", "37,605.98", "", "", "", "")
                        .row("201002", "北京市东城区医疗保险事务管理中心", "3,128.67", "3,128.67", "3,128.67", "", "", "", "")
                        .row("合 计", "<", "40,734.65", "40,734.65", "40,734.65", "", "", "", ""))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(table.type()).isEqualTo(TableType.REVENUE_SUMMARY);
        assertThat(paths(table)).containsExactly("合计", "本年收入/小计", "本年收入/一般公共预算资金", "本年收入/政府性基金预算资金",
                "本年收入/事业收入", "上年结转结余/小计", "上年结转结余/单位资金");
        assertThat(rows(table)).containsExactly(
                "201|北京市东城区医疗保障局|40,734.65|40,734.65|40,734.65||||",
                "201001|北京市东城区医疗保障局本级|37,605.98|37,605.98|37,605.98||||",
                "201002|北京市东城区医疗保险事务管理中心|3,128.67|3,128.67|3,128.67||||",
                "|合 计|40,734.65|40,734.65|40,734.65||||");
    }

    @Test
    void shouldReadAHeaderOfThreeRowsWithSpansOverTheCodeNameAndFigureColumns() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("预算07表 2024年部门（单位）一般公共预算财政拨款支出表", 14)
                .caption("", "金额单位：万元", 9)
                .table(LayoutPdf.Grid.ruled(150, 50, 135, 60, 55, 55, 55, 60, 100).fontSize(8)
                        .header("单位名称", "功能分类科目", "<", "合计", "本年预算数", "<", "<", "<", "<")
                        .header("^", "科目编码", "科目名称", "^", "基本支出", "<", "<", "项目支出", "<")
                        .header("^", "^", "^", "^", "小计", "人员经费", "公用经费", "项目支出总数", "扣除基建项目后预算数")
                        .row("201001-北京市东城区医疗保障局本级", "2101501", "行政运行", "295.89", "295.89", "272.11", "23.79", "", "")
                        .row("201001-北京市东城区医疗保障局本级", "2080505", "机关事业单位基本养老保险缴费支出", "35.22", "35.22", "35.22", "", "", "")
                        .row("201001-北京市东城区医疗保障局本级", "2101101", "行政单位医疗", "36,861.67", "38.19", "38.19", "", "36,823.48", "36,823.48")
                        .row("201001-北京市东城区医疗保障局本级", "2080506", "机关事业单位职业年金缴费支出", "17.61", "17.61", "17.61", "", "", "")
                        .row("201001-北京市东城区医疗保障局本级", "2210203", "购房补贴", "27.74", "27.74", "27.74", "", "", "")
                        .row("201001-北京市东城区医疗保障局本级", "2101502", "一般行政管理事务", "25.87", "", "", "", "25.87", "25.87"))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(table.type()).isEqualTo(TableType.GENERAL_BUDGET_EXPENDITURE);
        assertThat(paths(table)).containsExactly("合计", "本年预算数/基本支出/小计", "本年预算数/基本支出/人员经费", "本年预算数/基本支出/公用经费",
                "本年预算数/项目支出/项目支出总数", "本年预算数/项目支出/扣除基建项目后预算数");
        assertThat(rows(table)).containsExactly(
                "2101501|行政运行|295.89|295.89|272.11|23.79||",
                "2080505|机关事业单位基本养老保险缴费支出|35.22|35.22|35.22|||",
                "2101101|行政单位医疗|36,861.67|38.19|38.19||36,823.48|36,823.48",
                "2080506|机关事业单位职业年金缴费支出|17.61|17.61|17.61|||",
                "2210203|购房补贴|27.74|27.74|27.74|||",
                "2101502|一般行政管理事务|25.87||||25.87|25.87");
    }

    @Test
    void shouldReadAmountsPrintedWithoutDecimalsAsFiguresNotCodes() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("国有资本经营预算支出表", 16)
                .caption("部门/单位: 武汉市东西湖区医疗保障局", "单位:万元", 10)
                .table(LayoutPdf.Grid.ruled(70, 200, 90, 90, 90)
                        .header("科目编码", "科目名称", "本年国有资本经营预算支出", "<", "<")
                        .header("^", "^", "合计", "基本支出", "项目支出")
                        .row("", "合计", "650", "", "650")
                        .row("303", "对个人和家庭的补助", "650", "", "650")
                        .row("30399", "其他对个人和家庭的补助", "650", "", "650"))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(table.type()).isEqualTo(TableType.STATE_CAPITAL_EXPENDITURE);
        assertThat(paths(table)).containsExactly("本年国有资本经营预算支出/合计", "本年国有资本经营预算支出/基本支出",
                "本年国有资本经营预算支出/项目支出");
        assertThat(rows(table)).containsExactly(
                "|合计|650||650",
                "303|对个人和家庭的补助|650||650",
                "30399|其他对个人和家庭的补助|650||650");
        assertThat(table.rows().get(0).cells().get(0).amount().value()).isEqualByComparingTo("650");
    }

    @Test
    void shouldGiveEachOfTwoTablesOnOnePageItsOwnTitleAndRows() {
        byte[] pdf = LayoutPdf.portrait()
                .centred("一般公共预算“三公”经费支出表", 14)
                .caption("预算单位：延边朝鲜族自治州医疗保障局（汇总）", "单位：万元", 9)
                .table(LayoutPdf.Grid.ruled(250, 120)
                        .header("项 目", "2024 年预算数")
                        .row("合 计", "4.39")
                        .row("1、因公出国（境）费用", "")
                        .row("2、公务接待费", "0.79")
                        .row("3、公务用车费", "3.6")
                        .row("其中：（1）公务用车运行维护费", "3.6")
                        .row("（2）公务用车购置", ""))
                .centred("政府性基金预算支出表", 14)
                .caption("预算单位：延边朝鲜族自治州医疗保障局（汇总）", "单位：万元", 9)
                .table(LayoutPdf.Grid.ruled(180, 90, 90, 90)
                        .header("功能分类 科目名称", "合计", "基本支出", "项目支出")
                        .row("合计", "", "", ""))
                .caption("本部门无政府性基金预算财政拨款安排的支出。", null, 9)
                .bytes();

        ExtractedDocument document = ReadTables.read(pdf);

        assertThat(document.tables()).extracting(ExtractedTable::title, ExtractedTable::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("一般公共预算“三公”经费支出表", TableType.THREE_PUBLIC_COSTS),
                org.assertj.core.groups.Tuple.tuple("政府性基金预算支出表", TableType.GOVERNMENT_FUND_EXPENDITURE));
        assertThat(rows(document.tables().get(0))).containsExactly(
                "|合 计|4.39",
                "|1、因公出国（境）费用|",
                "|2、公务接待费|0.79",
                "|3、公务用车费|3.6",
                "|其中：（1）公务用车运行维护费|3.6",
                "|（2）公务用车购置|");
        ExtractedTable funds = document.tables().get(1);
        assertThat(funds.isBlank()).isTrue();
        assertThat(funds.emptyNote()).isEqualTo("本部门无政府性基金预算财政拨款安排的支出。");
    }
}
