package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.pdf.ReadTables.onlyTable;
import static org.budgetwatch.extraction.pdf.ReadTables.paths;
import static org.budgetwatch.extraction.pdf.ReadTables.rows;

import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tables printed as two blocks side by side: the halves of one table (the basic-expenditure table's 人员经费 and 公用经费
 * codes), read left half first with no row lost, and the two sides of a summary (收入 left, 支出 right), read as two
 * tables.
 */
class SideBySideTablesTest {

    @BeforeEach
    void font() {
        ReadTables.assumeFont();
    }
    @Test
    void shouldReadBothHalvesOfATablePrintedSideBySideLeftHalfFirst() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("预算08表 2024年部门（单位）一般公共预算财政拨款基本支出表", 14)
                .caption("", "金额单位：万元", 9)
                .table(LayoutPdf.Grid.ruled(50, 160, 70, 50, 160, 70)
                        .header("科目编码", "科目名称", "预算数", "科目编码", "科目名称", "预算数")
                        .row("30101", "基本工资", "351.26", "30201", "办公费", "6.30")
                        .row("30102", "津贴补贴", "1,315.08", "30202", "印刷费", "1.34")
                        .row("30103", "奖金", "163.67", "30207", "邮电费", "5.12")
                        .row("30108", "机关事业单位基本养老保险缴费", "208.35", "30211", "差旅费", "1.01")
                        .row("30109", "职业年金缴费", "104.17", "30213", "维修（护）费", "0.34")
                        .row("30110", "职工基本医疗保险缴费", "160.96", "30215", "会议费", "0.92")
                        .row("30112", "其他社会保障缴费", "80.48", "30216", "培训费", "1.43")
                        .row("30113", "住房公积金", "192.34", "30227", "委托业务费", "")
                        .row("30302", "退休费", "6.79", "30228", "工会经费", "18.92")
                        .row("30307", "医疗费补助", "", "30229", "福利费", "35.28")
                        .row("30309", "奖励金", "0.05", "30239", "其他交通费用", "63.07")
                        .row("", "", "", "30299", "其他商品和服务支出", "9.42")
                        .row("", "人员经费合计", "2,583.15", "", "公用经费合计", "143.15"))
                .bytes();

        ExtractedTable table = onlyTable(pdf);

        assertThat(table.type()).isEqualTo(TableType.GENERAL_BUDGET_BASIC_EXPENDITURE);
        assertThat(paths(table)).containsExactly("预算数");
        assertThat(rows(table)).as("every row of both halves, a cell printed blank left blank").containsExactly(
                "30101|基本工资|351.26",
                "30102|津贴补贴|1,315.08",
                "30103|奖金|163.67",
                "30108|机关事业单位基本养老保险缴费|208.35",
                "30109|职业年金缴费|104.17",
                "30110|职工基本医疗保险缴费|160.96",
                "30112|其他社会保障缴费|80.48",
                "30113|住房公积金|192.34",
                "30302|退休费|6.79",
                "30307|医疗费补助|",
                "30309|奖励金|0.05",
                "|人员经费合计|2,583.15",
                "30201|办公费|6.30",
                "30202|印刷费|1.34",
                "30207|邮电费|5.12",
                "30211|差旅费|1.01",
                "30213|维修（护）费|0.34",
                "30215|会议费|0.92",
                "30216|培训费|1.43",
                "30227|委托业务费|",
                "30228|工会经费|18.92",
                "30229|福利费|35.28",
                "30239|其他交通费用|63.07",
                "30299|其他商品和服务支出|9.42",
                "|公用经费合计|143.15");
    }

    @Test
    void shouldSplitATwoSidedSummaryIntoItsIncomeAndExpenditureTables() {
        byte[] pdf = LayoutPdf.landscape()
                .centred("财政拨款收支总表(预算表4)", 16)
                .caption("预算单位：预算单位：延边朝鲜族自治州医疗保障局（汇总）", "单位：万元", 10)
                .table(LayoutPdf.Grid.ruled(30, 140, 70, 70, 180, 70, 70).fontSize(8)
                        .header("序号", "收 入", "<", "<", "支 出", "<", "<")
                        .header("^", "项 目", "编制预算", "上年结转", "项 目", "编制预算", "上年结转")
                        .row("1", "一、本年收入", "1,053.43", "91.09", "一、本年支出", "1,053.43", "91.09")
                        .row("2", "一般公共预算拨款", "1,053.43", "91.09", "一、一般公共服务支出", "", "")
                        .row("3", "政府性基金预算拨款", "", "", "二、外交支出", "", "")
                        .row("4", "国有资本经营预算拨款", "", "", "三、国防支出", "", "")
                        .row("5", "", "", "", "八、社会保障和就业支出", "314.17", "35.34")
                        .row("6", "", "", "", "十、卫生健康支出", "689.62", "55.75")
                        .row("7", "", "", "", "二十、住房保障支出", "49.64", "")
                        .row("8", "二、上年结转", "", "", "二十四、其他支出", "", "")
                        .row("9", "一般公共预算拨款", "", "", "二、结转下年支出", "", "")
                        .row("10", "收入总计", "1,053.43", "91.09", "支出总计", "1,053.43", "91.09"))
                .bytes();

        ExtractedDocument document = ReadTables.read(pdf);

        assertThat(document.tables()).extracting(ExtractedTable::side).containsExactly(TableSide.INCOME, TableSide.EXPENDITURE);
        ExtractedTable income = document.tables().get(0);
        ExtractedTable expenditure = document.tables().get(1);
        assertThat(income.type()).isEqualTo(TableType.FISCAL_APPROPRIATION_SUMMARY);
        assertThat(paths(income)).containsExactly("编制预算", "上年结转");
        assertThat(rows(income)).containsExactly(
                "|一、本年收入|1,053.43|91.09",
                "|一般公共预算拨款|1,053.43|91.09",
                "|政府性基金预算拨款||",
                "|国有资本经营预算拨款||",
                "|二、上年结转||",
                "|一般公共预算拨款||",
                "|收入总计|1,053.43|91.09");
        assertThat(paths(expenditure)).containsExactly("编制预算", "上年结转");
        assertThat(rows(expenditure)).containsExactly(
                "|一、本年支出|1,053.43|91.09",
                "|一、一般公共服务支出||",
                "|二、外交支出||",
                "|三、国防支出||",
                "|八、社会保障和就业支出|314.17|35.34",
                "|十、卫生健康支出|689.62|55.75",
                "|二十、住房保障支出|49.64|",
                "|二十四、其他支出||",
                "|二、结转下年支出||",
                "|支出总计|1,053.43|91.09");
    }
}
