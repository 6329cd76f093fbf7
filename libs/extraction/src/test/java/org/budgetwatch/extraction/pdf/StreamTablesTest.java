package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns of a table printed without rulings, found from the alignment of its figures. */
class StreamTablesTest {

    private static final float SIZE = 10;

    @Test
    void shouldFindAColumnPerAlignedFigureAndKeepACellBlankWherePrintedBlank() {
        List<PageBlock> blocks = StreamTables.find(1, List.of(
                line(100, left(50, "项目"), centred(250, "合计"), centred(350, "人员经费"), centred(450, "公用经费")),
                line(125, left(50, "工资福利支出"), right(290, "556.91"), right(390, "556.91")),
                line(150, left(50, "商品和服务支出"), right(290, "78.86"), right(490, "78.86")),
                line(175, left(50, "对个人和家庭的补助"), right(290, "0.08"), right(390, "0.08"))));

        PageTable table = onlyTable(blocks);
        assertThat(table.ruled()).isFalse();
        assertThat(table.rows()).extracting(GridRow::toString).containsExactly(
                "项目 | 合计 | 人员经费 | 公用经费",
                "工资福利支出 | 556.91 | 556.91 | ",
                "商品和服务支出 | 78.86 |  | 78.86",
                "对个人和家庭的补助 | 0.08 | 0.08 | ");
    }

    @Test
    void shouldPutTheBorderBetweenTwoColumnsInTheGapNoRowCrosses() {
        List<PageBlock> blocks = StreamTables.find(1, List.of(
                line(100, left(50, "30101"), left(100, "基本工资"), right(330, "196.41")),
                line(125, left(50, "30108"), left(100, "机关事业单位基本养老保险缴费"), right(330, "66.19")),
                line(150, left(50, "30113"), left(100, "住房公积金"), right(330, "49.64"))));

        PageTable table = onlyTable(blocks);
        assertThat(table.width()).isEqualTo(3);
        float longestName = 100 + 14 * SIZE;
        assertThat(table.edges()[2]).as("between the longest name and the widest figure")
                .isBetween(longestName, 330 - 6 * 0.55f * SIZE);
        assertThat(table.rows()).extracting(GridRow::toString).containsExactly(
                "30101 | 基本工资 | 196.41", "30108 | 机关事业单位基本养老保险缴费 | 66.19", "30113 | 住房公积金 | 49.64");
    }

    @Test
    void shouldGiveAHeadingCentredOverRightAlignedFiguresToTheirColumnNotTheOneBefore() {
        List<PageBlock> blocks = StreamTables.find(1, List.of(
                line(100, centred(85, "科目名称"), centred(205, "合计"), centred(285, "人员经费"), centred(365, "公用经费")),
                line(125, left(50, "基本工资"), right(240, "101.46"), right(320, "101.46"), right(400, "0.00")),
                line(150, left(50, "办公费"), right(240, "5.00"), right(320, "0.00"), right(400, "5.00"))));

        assertThat(onlyTable(blocks).rows().get(0).toString()).isEqualTo("科目名称 | 合计 | 人员经费 | 公用经费");
    }

    @Test
    void shouldReadTwoAmountsSetASpaceApartAsTwoCellsButAnAmountBrokenBySpacesAsOne() {
        List<PageBlock> blocks = StreamTables.find(1, List.of(
                line(100, left(50, "201"), left(90, "北京市东城区医疗保障局"), right(350, "40,734.65"), right(405, "40,734.65")),
                line(125, left(50, "202"), left(90, "武汉市东西湖区医疗保障局"), right(350, "2, 361. 22"), right(405, "776.16"))));

        assertThat(onlyTable(blocks).rows()).extracting(GridRow::toString).containsExactly(
                "201 | 北京市东城区医疗保障局 | 40,734.65 | 40,734.65", "202 | 武汉市东西湖区医疗保障局 | 2, 361. 22 | 776.16");
    }

    @Test
    void shouldKeepAColumnOfFiguresPrintedBlankInEveryRowUnderItsHeading() {
        List<PageBlock> blocks = StreamTables.find(1, List.of(
                line(100, centred(85, "科目名称"), centred(205, "合计"), centred(285, "事业收入"), centred(365, "其他收入")),
                line(125, left(50, "行政运行"), right(240, "16.20"), right(400, "16.20")),
                line(150, left(50, "一般行政管理事务"), right(240, "3.00"), right(400, "3.00"))));

        assertThat(onlyTable(blocks).rows()).extracting(GridRow::toString).containsExactly(
                "科目名称 | 合计 | 事业收入 | 其他收入", "行政运行 | 16.20 |  | 16.20", "一般行政管理事务 | 3.00 |  | 3.00");
    }

    @Test
    void shouldLeaveTheTitleTheUnitLineAndProseOutOfTheTable() {
        List<PageBlock> blocks = StreamTables.find(1, List.of(
                line(60, left(200, "一般公共预算基本支出表")),
                line(80, left(50, "部门/单位: 武汉市东西湖区医疗保障局"), left(450, "单位:万元")),
                line(100, left(50, "科目名称"), centred(250, "合计")),
                line(125, left(50, "基本工资"), right(290, "101.46")),
                line(150, left(50, "办公费"), right(290, "5.00")),
                line(190, left(50, "本表反映部门本年度一般公共预算基本支出情况。"))));

        assertThat(blocks).hasSize(4);
        assertThat(((PageBlock.Line) blocks.get(0)).text()).isEqualTo("一般公共预算基本支出表");
        assertThat(((PageBlock.Line) blocks.get(1)).text()).startsWith("部门/单位:");
        assertThat(((PageBlock.Table) blocks.get(2)).table().rows()).hasSize(3);
        assertThat(((PageBlock.Line) blocks.get(3)).text()).isEqualTo("本表反映部门本年度一般公共预算基本支出情况。");
    }

    private static PageTable onlyTable(List<PageBlock> blocks) {
        assertThat(blocks).singleElement().isInstanceOf(PageBlock.Table.class);
        return ((PageBlock.Table) blocks.get(0)).table();
    }

    /** Text placed on a line: its glyphs from x. */
    private record Placed(float x, String text) {
    }

    private static Placed left(float x, String text) {
        return new Placed(x, text);
    }

    private static Placed right(float rightEdge, String text) {
        return new Placed(rightEdge - width(text), text);
    }

    private static Placed centred(float centre, String text) {
        return new Placed(centre - width(text) / 2, text);
    }

    private static TextLine line(float baseline, Placed... placed) {
        List<Glyph> glyphs = new ArrayList<>();
        for (Placed p : placed) {
            float x = p.x();
            for (char c : p.text().toCharArray()) {
                float advance = advance(c);
                glyphs.add(new Glyph(String.valueOf(c), x, advance, baseline, SIZE));
                x += advance;
            }
        }
        return TextLine.of(glyphs).get(0);
    }

    private static float width(String text) {
        float width = 0;
        for (char c : text.toCharArray()) {
            width += advance(c);
        }
        return width;
    }

    private static float advance(char c) {
        return Glyph.isWide(c) ? SIZE : 0.55f * SIZE;
    }
}
