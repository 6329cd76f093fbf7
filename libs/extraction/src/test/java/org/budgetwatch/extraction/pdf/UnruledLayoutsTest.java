package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.pdf.ReadTables.onlyTable;
import static org.budgetwatch.extraction.pdf.ReadTables.paths;
import static org.budgetwatch.extraction.pdf.ReadTables.rows;

import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tables printed without rulings, read from the alignment of their figures (typeset here with corpus figures): blank
 * cells and columns, figures closer than a word gap, and multi-line headers.
 */
class UnruledLayoutsTest {

    @BeforeEach
    void font() {
        ReadTables.assumeFont();
    }

    @Test
    void shouldReadAnUnruledTableFromTheAlignmentOfItsFiguresBlankCellsStayingBlank() {
        byte[] pdf = LayoutPdf.portrait()
                .centred("本年一般公共预算基本支出表(预算表6)", 16)
                .caption("预算单位：延边朝鲜族自治州医疗保障局（汇总）", "单位：万元", 10)
                .table(LayoutPdf.Grid.unruled(30, 50, 180, 70, 70, 70).spacing(1.2f, 0.45f)
                        .header("序号", "科目编码", "支出经济分类科目名称", "合计", "人员经费", "公用经费")
                        .row("1", "", "合计", "636.85", "556.99", "79.86")
                        .row("2", "301", "工资福利支出", "556.91", "556.91", "")
                        .row("3", "30101", "基本工资", "196.41", "196.41", "")
                        .row("4", "30102", "津贴补贴", "126.22", "126.22", "")
                        .row("5", "30103", "奖金", "55.66", "55.66", "")
                        .row("6", "30107", "绩效工资", "19.01", "19.01", "")
                        .row("7", "30108", "机关事业单位基本养老保险缴费", "66.19", "66.19", "")
                        .row("8", "30110", "职工基本医疗保险缴费", "22.91", "22.91", "")
                        .row("9", "30111", "公务员医疗补助缴费", "7.78", "7.78", "")
                        .row("10", "30112", "其他社会保障缴费", "6.99", "6.99", "")
                        .row("11", "30113", "住房公积金", "49.64", "49.64", "")
                        .row("12", "30199", "其他工资福利支出", "6.10", "6.10", "")
                        .row("13", "302", "商品和服务支出", "78.86", "", "78.86")
                        .row("14", "30201", "办公费", "6.50", "", "6.50")
                        .row("15", "30202", "印刷费", "1.47", "", "1.47")
                        .row("16", "30207", "邮电费", "3.35", "", "3.35")
                        .row("17", "30209", "物业管理费", "3.60", "", "3.60")
                        .row("18", "30211", "差旅费", "13.64", "", "13.64")
                        .row("19", "30213", "维修（护）费", "3.00", "", "3.00")
                        .row("20", "30215", "会议费", "0.50", "", "0.50")
                        .row("21", "30216", "培训费", "0.80", "", "0.80")
                        .row("22", "30217", "公务接待费", "0.79", "", "0.79")
                        .row("23", "30226", "劳务费", "2.91", "", "2.91")
                        .row("24", "30228", "工会经费", "3.65", "", "3.65")
                        .row("25", "30231", "公务用车运行维护费", "3.60", "", "3.60")
                        .row("26", "30239", "其他交通费用", "30.66", "", "30.66")
                        .row("27", "30299", "其他商品和服务支出", "4.39", "", "4.39")
                        .row("28", "303", "对个人和家庭的补助", "0.08", "0.08", "")
                        .row("29", "30309", "奖励金", "0.08", "0.08", "")
                        .row("30", "310", "资本性支出", "1.00", "", "1.00")
                        .row("31", "31002", "办公设备购置", "1.00", "", "1.00"))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(ReadTables.pages(table)).as("one page").containsOnly(1);
        assertThat(table.type()).isEqualTo(TableType.GENERAL_BUDGET_BASIC_EXPENDITURE);
        assertThat(table.unit()).isEqualTo(AmountUnit.WAN_YUAN);
        assertThat(paths(table)).containsExactly("合计", "人员经费", "公用经费");
        assertThat(rows(table)).containsExactly(
                "|合计|636.85|556.99|79.86",
                "301|工资福利支出|556.91|556.91|",
                "30101|基本工资|196.41|196.41|",
                "30102|津贴补贴|126.22|126.22|",
                "30103|奖金|55.66|55.66|",
                "30107|绩效工资|19.01|19.01|",
                "30108|机关事业单位基本养老保险缴费|66.19|66.19|",
                "30110|职工基本医疗保险缴费|22.91|22.91|",
                "30111|公务员医疗补助缴费|7.78|7.78|",
                "30112|其他社会保障缴费|6.99|6.99|",
                "30113|住房公积金|49.64|49.64|",
                "30199|其他工资福利支出|6.10|6.10|",
                "302|商品和服务支出|78.86||78.86",
                "30201|办公费|6.50||6.50",
                "30202|印刷费|1.47||1.47",
                "30207|邮电费|3.35||3.35",
                "30209|物业管理费|3.60||3.60",
                "30211|差旅费|13.64||13.64",
                "30213|维修（护）费|3.00||3.00",
                "30215|会议费|0.50||0.50",
                "30216|培训费|0.80||0.80",
                "30217|公务接待费|0.79||0.79",
                "30226|劳务费|2.91||2.91",
                "30228|工会经费|3.65||3.65",
                "30231|公务用车运行维护费|3.60||3.60",
                "30239|其他交通费用|30.66||30.66",
                "30299|其他商品和服务支出|4.39||4.39",
                "303|对个人和家庭的补助|0.08|0.08|",
                "30309|奖励金|0.08|0.08|",
                "310|资本性支出|1.00||1.00",
                "31002|办公设备购置|1.00||1.00");
    }

    @Test
    void shouldReadAnUnruledHeaderOfTwoLinesWithHeadingsCentredOverTheColumnsTheySpan() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("一般公共预算基本支出表", 16)
                .caption("部门/单位: 武汉市东西湖区医疗保障局", "单位:万元", 10)
                .table(LayoutPdf.Grid.unruled(70, 200, 80, 80, 80).spacing(1.2f, 0.45f)
                        .header("部门预算支出经济分类科目", "<", "本年一般公共预算基本支出", "<", "<")
                        .header("科目编码", "科目名称", "合计", "人员经费", "公用经费")
                        .row("", "合计", "776.16", "674.03", "102.13")
                        .row("301", "工资福利支出", "664.43", "664.43", "0.00")
                        .row("30101", "基本工资", "101.46", "101.46", "0.00")
                        .row("302", "商品和服务支出", "102.13", "0.00", "102.13")
                        .row("30201", "办公费", "5.00", "0.00", "5.00")
                        .row("303", "对个人和家庭的补助", "9.60", "9.60", "0.00")
                        .row("30302", "退休费", "9.60", "9.60", "0.00"))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(paths(table)).containsExactly("本年一般公共预算基本支出/合计", "本年一般公共预算基本支出/人员经费",
                "本年一般公共预算基本支出/公用经费");
        assertThat(rows(table)).containsExactly(
                "|合计|776.16|674.03|102.13",
                "301|工资福利支出|664.43|664.43|0.00",
                "30101|基本工资|101.46|101.46|0.00",
                "302|商品和服务支出|102.13|0.00|102.13",
                "30201|办公费|5.00|0.00|5.00",
                "303|对个人和家庭的补助|9.60|9.60|0.00",
                "30302|退休费|9.60|9.60|0.00");
    }

    @Test
    void shouldReadTwoFiguresSetCloserThanTheGapBetweenWordsAsTwoCells() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("预算02表 2024年部门（单位）收入汇总表", 16)
                .caption("", "金额单位：万元", 10)
                .table(LayoutPdf.Grid.unruled(60, 200, 55, 55, 80).spacing(1.2f, 0.45f)
                        .header("代码", "部门（单位）名称", "合计", "小计", "一般公共预算资金")
                        .row("201", "北京市东城区医疗保障局", "40,734.65", "40,734.65", "40,734.65")
                        .row("201001", "北京市东城区医疗保障局本级", "37,605.98", "37,605.98", "37,605.98")
                        .row("201002", "北京市东城区医疗保险事务管理中心", "3,128.67", "3,128.67", "3,128.67"))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(paths(table)).containsExactly("合计", "小计", "一般公共预算资金");
        assertThat(rows(table)).containsExactly(
                "201|北京市东城区医疗保障局|40,734.65|40,734.65|40,734.65",
                "201001|北京市东城区医疗保障局本级|37,605.98|37,605.98|37,605.98",
                "201002|北京市东城区医疗保险事务管理中心|3,128.67|3,128.67|3,128.67");
    }

    @Test
    void shouldReadAHeadingWrappedOverTwoLinesBesideHeadingsOfOneLine() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("预算02表 2024年部门（单位）收入汇总表", 16)
                .caption("", "金额单位：万元", 10)
                .table(LayoutPdf.Grid.unruled(60, 200, 80, 55).spacing(1.2f, 0.45f)
                        .header("代码", "部门（单位）名称", "合计", "一般公共预算资金")
                        .row("201", "北京市东城区医疗保障局", "40,734.65", "40,734.65")
                        .row("201001", "北京市东城区医疗保障局本级", "37,605.98", "37,605.98")
                        .row("201002", "北京市东城区医疗保险事务管理中心", "3,128.67", "3,128.67"))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(paths(table)).containsExactly("合计", "一般公共预算资金");
        assertThat(rows(table)).containsExactly(
                "201|北京市东城区医疗保障局|40,734.65|40,734.65",
                "201001|北京市东城区医疗保障局本级|37,605.98|37,605.98",
                "201002|北京市东城区医疗保险事务管理中心|3,128.67|3,128.67");
    }

    @Test
    void shouldKeepAColumnPrintedBlankInEveryRowUnderItsHeading() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("支出总表（预算表3）", 16)
                .caption("预算单位：延边朝鲜族自治州医疗保障局（汇总）", "单位：万元", 10)
                .table(LayoutPdf.Grid.unruled(70, 220, 80, 80, 80, 80).spacing(1.2f, 0.45f)
                        .header("科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出", "上缴上级支出")
                        .row("208", "社会保障和就业支出", "349.50", "310.15", "39.35", "")
                        .row("20801", "人力资源和社会保障管理事务", "283.32", "243.97", "39.35", "")
                        .row("2080109", "社会保险经办机构", "279.30", "243.97", "35.34", "")
                        .row("2080199", "其他人力资源和社会保障管理事务支出", "4.01", "", "4.01", ""))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(paths(table)).containsExactly("合计", "基本支出", "项目支出", "上缴上级支出");
        assertThat(rows(table)).containsExactly(
                "208|社会保障和就业支出|349.50|310.15|39.35|",
                "20801|人力资源和社会保障管理事务|283.32|243.97|39.35|",
                "2080109|社会保险经办机构|279.30|243.97|35.34|",
                "2080199|其他人力资源和社会保障管理事务支出|4.01||4.01|");
    }

    @Test
    void shouldReadAHeaderPrintedAtTheFootOfAPageWithTheBodyThatStartsTheNext() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("一般公共预算基本支出表", 16)
                .caption("部门/单位: 武汉市东西湖区医疗保障局", "单位:万元", 10)
                .table(LayoutPdf.Grid.unruled(70, 200, 80, 80, 80).spacing(1.2f, 0.45f).headerOnFirstPageOnly()
                        .header("部门预算支出经济分类科目", "<", "本年一般公共预算基本支出", "<", "<")
                        .header("科目编码", "科目名称", "合计", "人员经费", "公用经费")
                        .pageBreak()
                        .row("", "合计", "776.16", "674.03", "102.13")
                        .row("301", "工资福利支出", "664.43", "664.43", "0.00")
                        .row("30101", "基本工资", "101.46", "101.46", "0.00")
                        .row("302", "商品和服务支出", "102.13", "0.00", "102.13")
                        .row("30201", "办公费", "5.00", "0.00", "5.00"))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(table.title()).isEqualTo("一般公共预算基本支出表");
        assertThat(paths(table)).containsExactly("本年一般公共预算基本支出/合计", "本年一般公共预算基本支出/人员经费",
                "本年一般公共预算基本支出/公用经费");
        assertThat(ReadTables.pages(table)).as("the body on the second page").containsOnly(2);
        assertThat(rows(table)).containsExactly(
                "|合计|776.16|674.03|102.13",
                "301|工资福利支出|664.43|664.43|0.00",
                "30101|基本工资|101.46|101.46|0.00",
                "302|商品和服务支出|102.13|0.00|102.13",
                "30201|办公费|5.00|0.00|5.00");
    }

    @Test
    void shouldJoinABodyContinuedWithoutItsHeaderToItsTableWhereAColumnBlankOnThatPageIsNotSeen() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("支出总表（预算表3）", 16)
                .caption("预算单位：延边朝鲜族自治州医疗保障局（汇总）", "单位：万元", 10)
                .table(LayoutPdf.Grid.unruled(70, 220, 80, 80, 80, 80).spacing(1.2f, 0.45f).headerOnFirstPageOnly()
                        .header("科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出", "上缴上级支出")
                        .row("208", "社会保障和就业支出", "349.50", "310.15", "39.35", "")
                        .row("20801", "人力资源和社会保障管理事务", "283.32", "243.97", "39.35", "")
                        .pageBreak()
                        .row("2080109", "社会保险经办机构", "279.30", "243.97", "35.34", "")
                        .row("2080199", "其他人力资源和社会保障管理事务支出", "4.01", "", "4.01", ""))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(paths(table)).containsExactly("合计", "基本支出", "项目支出", "上缴上级支出");
        assertThat(ReadTables.pages(table)).containsExactly(1, 1, 2, 2);
        assertThat(rows(table)).containsExactly(
                "208|社会保障和就业支出|349.50|310.15|39.35|",
                "20801|人力资源和社会保障管理事务|283.32|243.97|39.35|",
                "2080109|社会保险经办机构|279.30|243.97|35.34|",
                "2080199|其他人力资源和社会保障管理事务支出|4.01||4.01|");
    }
}
