package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.StatementKind;
import org.budgetwatch.extraction.model.TextLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The narrative of a PDF read as paragraphs, whatever the line breaks (sentences of real 情况说明 typeset here):
 * justified and ragged lines, a figure broken over two lines, paragraphs indented or numbered after a full line, a
 * paragraph going on over a page break past the page number and the page header.
 */
class ParagraphLayoutsTest {

    private static final String SPENDING = "2022年度本年支出合计2,074,962.01万元，其中：基本支出1,168,039.29万元，占56.29%；"
            + "项目支出906,922.72万元，占43.71%。";
    private static final String TOTALS = "2022年度收入总计、支出总计均为2,480,372.7万元，与上年相比收入总计、支出总计均增加789,183.4万元，"
            + "增长46.66%，增长的主要原因是：西安市儿童医院、西安市红会医院等新院区建设、扩建基建项目投入增加，疫情常态化后医院诊疗秩序恢复正常，"
            + "医疗收入较上年增长。";
    private static final String REVENUE = "2022年度本年收入合计2,015,094.22万元，其中：财政拨款收入805,251.56万元，占39.96%；"
            + "事业收入1,110,972.11万元，占55.13%；其他收入98,870.55万元，占4.91%。";

    @BeforeEach
    void font() {
        ReadTables.assumeFont();
    }

    @Test
    void shouldReadEachJustifiedParagraphAsOneLineOfProseAndItsStatementsWhole() {
        byte[] pdf = LayoutPdf.portrait()
                .heading("一、收入支出决算总体情况说明", 14)
                .paragraph(TOTALS, 12)
                .heading("三、支出决算情况说明", 14)
                .paragraph(SPENDING, 12)
                .bytes();

        ExtractedDocument document = ReadTables.read(pdf);

        assertThat(texts(document)).containsExactly("一、收入支出决算总体情况说明", TOTALS, "三、支出决算情况说明", SPENDING);
        NarrativeStatement basic = statement(document, "基本支出");
        assertThat(value(basic, StatedValue.AMOUNT)).isEqualByComparingTo("1168039.29");
        assertThat(value(basic, StatedValue.SHARE)).isEqualByComparingTo("56.29");
        NarrativeStatement totals = document.statements().stream().filter(s -> s.text().startsWith("2022年度收入总计")).findFirst().orElseThrow();
        assertThat(value(totals, StatedValue.CHANGE)).isEqualByComparingTo("789183.4");
        assertThat(value(totals, StatedValue.RATE)).isEqualByComparingTo("46.66");
    }

    @Test
    void shouldJoinRaggedLinesThatEndShortWhereTheNextFigureDidNotFit() {
        String income = "（一）收入预算：2026年收入预算9,069.47万元，其中：一般公共预算收入9,069.47万元，政府性基金预算收入0万元，"
                + "国有资本经营预算收入0万元。";
        String spending = "（二）支出预算：2026年支出预算9,069.47万元，其中：基本支出6,012.9万元，项目支出3,056.57万元，"
                + "比上年增加560.66万元，增长6.59%。";
        byte[] pdf = LayoutPdf.portrait()
                .raggedParagraph(income, 12)
                .raggedParagraph(spending, 12)
                .bytes();

        ExtractedDocument document = ReadTables.read(pdf);

        assertThat(texts(document)).containsExactly(income, spending);
        assertThat(value(statement(document, "基本支出"), StatedValue.AMOUNT)).isEqualByComparingTo("6012.9");
    }

    @Test
    void shouldJoinAFigureBrokenOverTwoLinesWithoutASpaceAndTwoWordsAPartWithOne() {
        byte[] pdf = LayoutPdf.portrait()
                .paragraph("本部门2026年收支预算总额30,331.26万元。", 12)
                .lines(12, true, false,
                        "本部门2026年当年一般公共预算财政拨款支出合计30,331.26万元，比上年预算数减少14,1",
                        "96.04万元，下降31.88%，下降的主要原因是：本年减少普惠金融发展等专项资金，推行 Performance ",
                        "Budgeting 试点。")
                .bytes();

        ExtractedDocument document = ReadTables.read(pdf);

        assertThat(texts(document)).containsExactly("本部门2026年收支预算总额30,331.26万元。", "本部门2026年当年一般公共预算财政拨款支出合计30,331.26万元，比上年预算数减少14,196.04万元，"
                + "下降31.88%，下降的主要原因是：本年减少普惠金融发展等专项资金，推行 Performance Budgeting 试点。");
        assertThat(document.statements()).filteredOn(s -> s.kind() == StatementKind.YEAR_OVER_YEAR).singleElement().satisfies(spending -> {
            assertThat(value(spending, StatedValue.AMOUNT)).isEqualByComparingTo("30331.26");
            assertThat(value(spending, StatedValue.CHANGE)).isEqualByComparingTo("-14196.04");
            assertThat(value(spending, StatedValue.RATE)).isEqualByComparingTo("-31.88");
        });
    }

    @Test
    void shouldStartAParagraphWhereALineIsIndentedOrNumberedEvenAfterAFullLine() {
        String unfinished = "本部门2026年收支预算总额9,069.47万元，收入和支出均纳入部门预算管理，详见以下说明";
        String indented = "收入预算9,069.47万元，全部为一般公共预算拨款收入，比上年增加560.66万元。";
        String numbered = "（二）支出预算9,069.47万元，其中基本支出6,012.9万元，项目支出3,056.57万元。";
        byte[] pdf = LayoutPdf.portrait()
                .lines(12, true, true, unfinished)
                .paragraph(indented, 12)
                .lines(12, false, true, "本部门2026年政府采购预算总额2,153.44万元，其中政府采购服务预算1,949.24万元")
                .lines(12, false, false, numbered)
                .bytes();

        ExtractedDocument document = ReadTables.read(pdf);

        assertThat(texts(document)).containsExactly(unfinished, indented,
                "本部门2026年政府采购预算总额2,153.44万元，其中政府采购服务预算1,949.24万元", numbered);
    }

    @Test
    void shouldGoOnOverAPageBreakPastThePageNumberAndHeaderEachStatementOnItsOwnPage() {
        byte[] pdf = LayoutPdf.portrait()
                .withPageNumbers()
                .withPageHeader("西安市卫生健康委员会2022年度部门决算")
                .heading("二、收入决算情况说明", 14)
                .space(692)
                .paragraph(REVENUE, 12)
                .paragraph(SPENDING, 12)
                .bytes();

        ExtractedDocument document = ReadTables.read(pdf);

        assertThat(texts(document)).as("the header and page numbers are lines of their own, after the paragraph")
                .containsSubsequence("二、收入决算情况说明", REVENUE, SPENDING);
        TextLine revenue = document.prose().stream().filter(l -> l.text().equals(REVENUE)).findFirst().orElseThrow();
        assertThat(revenue.page()).as("a paragraph is where its first line is").isEqualTo(1);
        assertThat(statement(document, "财政拨款收入").page()).isEqualTo(1);
        assertThat(statement(document, "其他收入").page()).as("a statement printed after the page break").isEqualTo(2);
        assertThat(statement(document, "基本支出").page()).isEqualTo(2);
    }

    private static List<String> texts(ExtractedDocument document) {
        return document.prose().stream().map(TextLine::text).filter(t -> !t.contains("西安市卫生健康委员会2022年度部门决算")).toList();
    }

    private static NarrativeStatement statement(ExtractedDocument document, String subject) {
        return document.statements().stream().filter(s -> subject.equals(s.subject())).findFirst()
                .orElseThrow(() -> new AssertionError("no statement about " + subject + " in " + document.statements()));
    }

    private static BigDecimal value(NarrativeStatement statement, String role) {
        return statement.values().stream().filter(v -> v.role().equals(role)).findFirst().orElseThrow().amount().value();
    }
}
