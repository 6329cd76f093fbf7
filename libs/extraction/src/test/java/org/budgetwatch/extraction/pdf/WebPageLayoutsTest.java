package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.pdf.ReadTables.onlyTable;
import static org.budgetwatch.extraction.pdf.ReadTables.paths;
import static org.budgetwatch.extraction.pdf.ReadTables.rows;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.ChromiumPrinter;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tables of a web page printed to PDF by headless Chromium without any border (corpus figures as an HTML table): the
 * columns are seen only in where the text stands. Every cell's text is left-aligned, a padding apart from the next
 * cell's, so a column as wide as its longest text stands barely more than a type size from the next; a heading wider
 * than its narrow column wraps over several lines, centred in its row's height beside headings of one line.
 */
class WebPageLayoutsTest {

    @BeforeEach
    void browserAndFont() {
        ReadTables.assumeFont();
        if (ChromiumPrinter.browser().isEmpty()) {
            System.out.println("Web page layout tests skipped: no Chromium (Debian: apt-get install chromium)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(ChromiumPrinter.browser().isPresent(), "no Chromium");
    }

    @Test
    void shouldPartColumnsOfLeftAlignedTextSetOnlyTheirCellPaddingApartAlsoInARowWithoutFigures() throws Exception {
        byte[] pdf = print("支出总表（预算表3）",
                "科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出",
                "\t合 计\t1,144.52\t636.85\t507.67",
                "208\t社会保障和就业支出\t349.50\t310.15\t39.35",
                "20801\t人力资源和社会保障管理事务\t283.32\t243.97\t39.35",
                "2080109\t社会保险经办机构\t279.30\t243.97\t35.34",
                "2080199\t其他人力资源和社会保障管理事务支出\t4.01\t\t4.01",
                "2101504\t信息化建设\t\t\t",
                "2210201\t住房公积金\t49.64\t49.64\t");

        ExtractedTable table = onlyTable(pdf);

        assertThat(paths(table)).containsExactly("合计", "基本支出", "项目支出");
        assertThat(rows(table)).as("the space printed in 合 计 kept").containsExactly(
                "|合 计|1,144.52|636.85|507.67",
                "208|社会保障和就业支出|349.50|310.15|39.35",
                "20801|人力资源和社会保障管理事务|283.32|243.97|39.35",
                "2080109|社会保险经办机构|279.30|243.97|35.34",
                "2080199|其他人力资源和社会保障管理事务支出|4.01||4.01",
                "2101504|信息化建设|||",
                "2210201|住房公积金|49.64|49.64|");
    }

    @Test
    void shouldReadEachHeadingWrappedInANarrowColumnWholeOverItsColumnAndBlankColumnsUnderTheirHeadings() throws Exception {
        byte[] pdf = print("预算02表 2024年部门（单位）收入汇总表",
                "部门（单位）代码\t部门（单位）名称\t合计\t本年收入\t\t\t\t\t\t\t\t\t\t上年结转结余\t\t\t\t\t",
                "\t\t\t小计\t一般公共预算资金\t政府性基金预算资金\t国有资本经营预算资金\t财政专户管理资金\t事业收入\t事业单位经营收入\t上级补助收入"
                        + "\t附属单位上缴收入\t其他收入\t小计\t一般公共预算资金\t政府性基金预算资金\t国有资本经营预算资金\t财政专户管理资金\t单位资金",
                "201\t北京市东城区医疗保障局\t40,734.65\t40,734.65\t40,734.65\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
                "201001\t北京市东城区医疗保障局本级\t37,605.98\t37,605.98\t37,605.98\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
                "201002\t北京市东城区医疗保险事务管理中心\t3,128.67\t3,128.67\t3,128.67\t\t\t\t\t\t\t\t\t\t\t\t\t\t");

        ExtractedTable table = onlyTable(pdf);

        assertThat(paths(table)).containsExactly("合计", "本年收入/小计", "本年收入/一般公共预算资金", "本年收入/政府性基金预算资金",
                "本年收入/国有资本经营预算资金", "本年收入/财政专户管理资金", "本年收入/事业收入", "本年收入/事业单位经营收入",
                "本年收入/上级补助收入", "本年收入/附属单位上缴收入", "本年收入/其他收入", "上年结转结余/小计",
                "上年结转结余/一般公共预算资金", "上年结转结余/政府性基金预算资金", "上年结转结余/国有资本经营预算资金",
                "上年结转结余/财政专户管理资金", "上年结转结余/单位资金");
        assertThat(rows(table)).containsExactly(
                "201|北京市东城区医疗保障局|40,734.65|40,734.65|40,734.65||||||||||||||",
                "201001|北京市东城区医疗保障局本级|37,605.98|37,605.98|37,605.98||||||||||||||",
                "201002|北京市东城区医疗保险事务管理中心|3,128.67|3,128.67|3,128.67||||||||||||||");
    }

    @Test
    void shouldReadCellsOfOneLineCentredBesideACellWrappedOverTwoAsOneRow() throws Exception {
        byte[] pdf = print("预算03表 2024年部门（单位）支出预算总表",
                "支出功能分类科目\t政府支出经济分类科目\t部门支出经济分类科目\t合计\t基本支出\t项目支出\t其中\t\t",
                "\t\t\t\t\t\t事业单位经营支出\t上缴上级支出\t对附属单位补助支出",
                "2101501-行政运行\t50101-工资奖金津补贴\t30101-基本工资\t351.26\t351.26\t\t\t\t",
                "2101599-其他医疗保障管理事务支出\t50901-社会福利和救助\t30307-医疗费补助\t205.63\t\t205.63\t\t\t",
                "2101599-其他医疗保障管理事务支出\t50999-其他对个人和家庭的补助\t30399-其他对个人和家庭的补助\t90.00\t\t90.00\t\t\t",
                "2109999-其他卫生健康支出\t50999-其他对个人和家庭的补助\t30399-其他对个人和家庭的补助\t189.00\t\t189.00\t\t\t",
                "2210201-住房公积金\t50103-住房公积金\t30113-住房公积金\t192.34\t192.34\t\t\t\t");

        ExtractedTable table = onlyTable(pdf);

        assertThat(paths(table)).containsExactly("合计", "基本支出", "项目支出", "其中/事业单位经营支出", "其中/上缴上级支出",
                "其中/对附属单位补助支出");
        assertThat(rows(table)).extracting(r -> r.substring(0, r.indexOf('|', r.indexOf('|') + 1))).containsExactly(
                "2101501|行政运行", "2101599|其他医疗保障管理事务支出", "2101599|其他医疗保障管理事务支出", "2109999|其他卫生健康支出",
                "2210201|住房公积金");
        assertThat(table.rows()).extracting(r -> r.cells().get(0).text()).containsExactly("351.26", "205.63", "90.00", "189.00", "192.34");
    }

    private static byte[] print(String title, String... rows) throws Exception {
        List<List<String>> blocks = new ArrayList<>();
        blocks.add(List.of(title));
        blocks.add(List.of("金额单位：万元"));
        blocks.add(List.of(rows));
        return ChromiumPrinter.print(blocks, ChromiumPrinter.Cells.UNRULED);
    }
}
