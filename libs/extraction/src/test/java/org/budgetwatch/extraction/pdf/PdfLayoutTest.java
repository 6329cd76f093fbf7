package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetwatch.extraction.text.PagedLine;
import org.junit.jupiter.api.Test;

/** How positioned lines become tab rows: columns from cell borders where printed, from positions where not. */
class PdfLayoutTest {

    private static final float EM = 10;

    @Test
    void shouldKeepAColumnThatIsEmptyInEveryRowWhereBordersArePrinted() {
        List<PdfLine> lines = List.of(
                line(100, chunk("项目", 50), chunk("合计", 150), chunk("事业收入", 250), chunk("其他收入", 350)),
                line(120, chunk("行政运行", 50), chunk("16.20", 150), chunk("16.20", 350)),
                line(140, chunk("合计", 50), chunk("16.20", 150), chunk("16.20", 350)));
        Map<Integer, PageRules> rules = Map.of(1, new PageRules(borders(90, 150, 40, 140, 240, 340, 440), List.of()));

        assertThat(texts(PdfDisclosureReader.layOut(lines, rules))).containsExactly(
                "项目\t合计\t事业收入\t其他收入", "行政运行\t16.20\t\t16.20", "合计\t16.20\t\t16.20");
        assertThat(texts(PdfDisclosureReader.layOut(lines, Map.of()))).as("without borders the empty column's heading joins the nearest column")
                .containsExactly("项目\t合计事业收入\t其他收入", "行政运行\t16.20\t16.20", "合计\t16.20\t16.20");
    }

    @Test
    void shouldPutAHeadingInAMergedCellInTheFirstColumnOfItsSpan() {
        List<PdfLine> lines = List.of(
                line(100, chunk("本年收入", 200)),
                line(120, chunk("项目", 50), chunk("一般公共预算", 150), chunk("政府性基金", 250)),
                line(140, chunk("合计", 50), chunk("16.20", 150), chunk("3.00", 250)));
        List<VerticalRule> rules = new ArrayList<>(List.of(rule(40, 90, 150), rule(140, 90, 150), rule(340, 90, 150)));
        rules.add(rule(240, 110, 150)); // the border between the two funds stops under the merged heading

        assertThat(texts(PdfDisclosureReader.layOut(lines, Map.of(1, new PageRules(rules, List.of()))))).containsExactly(
                "\t本年收入\t", "项目\t一般公共预算\t政府性基金", "合计\t16.20\t3.00");
    }

    @Test
    void shouldKeepALastRowWithoutFiguresInsideItsBorders() {
        List<PdfLine> lines = List.of(
                line(100, chunk("1、公务接待费", 50), chunk("0.79", 150)),
                line(120, chunk("（2）公务用车购置", 50)),
                line(140, chunk("第二部分 政府性基金预算支出表", 50)));
        Map<Integer, PageRules> rules = Map.of(1, new PageRules(borders(90, 130, 40, 140, 240), List.of()));

        assertThat(texts(PdfDisclosureReader.layOut(lines, rules))).containsExactly(
                "1、公务接待费\t0.79", "（2）公务用车购置\t", "第二部分 政府性基金预算支出表");
        assertThat(texts(PdfDisclosureReader.layOut(lines, Map.of()))).as("without borders it reads as a paragraph")
                .containsExactly("1、公务接待费\t0.79", "（2）公务用车购置", "第二部分 政府性基金预算支出表");
    }

    @Test
    void shouldJoinALabelWrappedInItsCellWhereBordersSeparateTheRows() {
        List<PdfLine> lines = List.of(
                line(100, chunk("项目", 50), chunk("预算数", 150)),
                line(120, chunk("一、财政拨", 50), chunk("1,053.43", 150)),
                line(135, chunk("款收入", 50)),
                line(160, chunk("二、事业收入", 50)),
                line(175, chunk("合计", 50), chunk("1,053.43", 150)));
        List<HorizontalRule> rows = List.of(new HorizontalRule(110, 40, 240), new HorizontalRule(145, 40, 240),
                new HorizontalRule(165, 40, 240));
        Map<Integer, PageRules> rules = Map.of(1, new PageRules(borders(90, 185, 40, 140, 240), rows));

        assertThat(texts(PdfDisclosureReader.layOut(lines, rules))).containsExactly(
                "项目\t预算数", "一、财政拨款收入\t1,053.43", "二、事业收入\t", "合计\t1,053.43");
    }

    @Test
    void shouldKeepALoneCellOfAnInnerColumnInItsTableWithoutBorders() {
        List<PdfLine> lines = List.of(
                line(100, chunk("一、收入", 50), chunk("5.00", 150), chunk("一、教育支出", 250), chunk("5.00", 350)),
                line(120, chunk("二、科学技术支出", 250)),
                line(140, chunk("收入总计", 50), chunk("5.00", 150), chunk("支出总计", 250), chunk("5.00", 350)));

        assertThat(texts(PdfDisclosureReader.layOut(lines, Map.of()))).containsExactly(
                "一、收入\t5.00\t一、教育支出\t5.00", "\t\t二、科学技术支出\t", "收入总计\t5.00\t支出总计\t5.00");
    }

    @Test
    void shouldJoinAParagraphThatRunsOnOverAPageBreak() {
        PdfLine end = new PdfLine(1, List.of(new TextChunk("主要用于档案整理存储项目、资助困难群众购", 50, 800, EM, 500, EM)));
        PdfLine start = new PdfLine(2, List.of(new TextChunk("买北京普惠健康保服务。", 50, 160, EM, 60, EM)));

        assertThat(texts(PdfDisclosureReader.layOut(List.of(end, start), Map.of())))
                .containsExactly("主要用于档案整理存储项目、资助困难群众购买北京普惠健康保服务。");
    }

    private static List<String> texts(List<PagedLine> lines) {
        return lines.stream().map(PagedLine::text).toList();
    }

    private static PdfLine line(float baseline, TextChunk... chunks) {
        List<TextChunk> placed = new ArrayList<>();
        for (TextChunk c : chunks) {
            placed.add(new TextChunk(c.text(), c.xStart(), c.xEnd(), EM, baseline, EM));
        }
        return new PdfLine(1, placed);
    }

    private static TextChunk chunk(String text, float x) {
        return new TextChunk(text, x, x + text.length() * EM * 0.6f, EM, 0, EM);
    }

    private static VerticalRule rule(float x, float top, float bottom) {
        return new VerticalRule(x, top, bottom);
    }

    private static List<VerticalRule> borders(float top, float bottom, float... xs) {
        List<VerticalRule> rules = new ArrayList<>();
        for (float x : xs) {
            rules.add(rule(x, top, bottom));
        }
        return rules;
    }
}
