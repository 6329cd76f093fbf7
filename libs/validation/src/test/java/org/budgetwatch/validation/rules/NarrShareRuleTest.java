package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/** NARR-SHARE takes a share's whole from the text only where it is certain, with sentences of real narratives. */
class NarrShareRuleTest {

    /** Jiangsu 2019 (省委办公厅, text part, page 12): the whole is named, and is no amount the narrative states. */
    private static final String JIANGSU_2019 = HEADER + """
            九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明
            江苏省委办公厅2019年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出70万元，占“三公”经费的13.77%%；公务用车购置及运行费支出411.20万元，占“三公”经费的%s%%；公务接待费支出27万元，占“三公”经费的5.31%%。具体情况如下：
            1．因公出国（境）费预算支出70万元，与上年预算数一致。
            """;

    /** Jiangsu 2017 (省检察院, page 16 and page 22): the “三公” table, and the narrative's shares of it. */
    private static final String JIANGSU_2017 = HEADER + """
            一般公共预算“三公”经费、会议费、培训费支出预算表
            单位：万元
            单位名称\t合计\t“三公”经费\t\t\t\t\t\t会议费\t培训费
            \t\t小计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t\t
            \t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t
            江苏省人民检察院\t1,452.35\t584.35\t110.00\t317.80\t50.00\t267.80\t156.55\t168.00\t700.00
            十一、一般公共预算“三公”经费、会议费、培训费支出预算表情况说明
            2017 年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出 110 万元，占“三公”经费的18.85 %；公务用车购置及运行费支出 317.8 万元，占“三公”经费的 54.43 %；公务接待费支出 156.55 万元，占“三公”经费的 26.72 %。
            """;

    /** Jiangsu 2017 (page 20): the whole named, stated seven lines before. */
    private static final String JIANGSU_2017_FISCAL = HEADER + """
            省检察院本年支出预算合计 17996.68 万元，其中：
            基本支出 12323.48 万元，占 68.48 %%；
            项目支出 5533 万元，占 30.74 %%；
            单位预留机动经费 140.2 万元，占 0.78 %%。
            五、财政拨款收支预算总表情况说明
            省检察院 2017 年度财政拨款收、支总预算 17981.68万元。
            六、财政拨款支出预算表情况说明
            省检察院 2017 年财政拨款预算支出 17981.68 万元，占本年支出合计的 %s %%。
            """;

    /** Yanbian 2024 (lines 640-646): parts of the sentence's whole, then three classes whose shares make 100%, the last cut rather than rounded. */
    private static final String YANBIAN = HEADER + """
            2024 年一般公共预算拨款 1,144.52 元，其中：基本支出 636.85 万元，占 55.64%%；项目支出 507.67 万元，占 44.36%%。基本支出中，人员经费 556.99 万元，占 87.46%%；公用经费 79.86 万元，占 12.54%%。

            社会保障和就业（类）支出 349.50 万元，占 30.54%%，主要用于社会保险经办机构。

            卫生健康支出（类）支出 745.38 万元，占 65.13%%，主要用于一般行政管理事务。

            住房保障（类）支出 49.64 万元，占 %s%%，主要用于住房公积金。
            """;

    @Test
    void sharesOfANamedWholeShouldAddUpAmongThemselvesWhereTheDocumentStatesNoSuchAmount() {
        // 70 + 411.20 + 27 = 508.20: 13.77%, 80.91%, 5.31%; never a share of 公用经费 or of another item stated before
        assertThat(findings(new NarrShareRule(), JIANGSU_2019.formatted("80.92"))).isEmpty();
        assertThat(checks(new NarrShareRule(), JIANGSU_2019.formatted("80.92"))).isEqualTo(3);
        // one share misprinted: the three no longer make 100%, but the other two are their amounts over 508.20, which
        // proves the whole
        assertThat(findings(new NarrShareRule(), JIANGSU_2019.formatted("80.29"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("70+411.20+27", "的 80.91%", "说明写作 80.29%");
        });
        // two of them misprinted: nothing proves the whole, and nothing is said
        assertThat(findings(new NarrShareRule(), JIANGSU_2019.formatted("80.29").replace("13.77%", "17.37%"))).isEmpty();
    }

    @Test
    void oneOfTwoSharesShouldBeProvenWrongByTheOther() {
        // 延边 2024 (line 640): "基本支出中，人员经费 556.99 万元，占 87.46%；公用经费 79.86 万元，占 12.54%" — 12.54% is 79.86 over
        // their sum, 636.85, so 87.46% misprinted 90.46% is wrong; the sentence's opening names the same whole, the 基本支出
        // 636.85 stated before it
        assertThat(findings(new NarrShareRule(), YANBIAN.formatted("4.34").replace("占 87.46%", "占 90.46%")))
                .filteredOn(f -> f.severity() != Severity.INFO).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("“基本支出” 636.85", "的 87.46%", "说明写作 90.46%");
                });
    }

    @Test
    void aShareListedAfterAQizhongInTheSameSentenceShouldBeOfTheSameWhole() {
        // 北京市东城区医疗保障局 2024 (line 570): "本部门 2024 年支出预算 40734.65 万元，其中：基本支出 2726.30 万元，占 6.69%；项目支出
        // 38008.35 万元，占 93.31%。" — 93.31% is 38008.35 / 40734.65 whatever the other share says
        String beijing = HEADER + "本部门 2024 年支出预算 40734.65 万元，其中：基本支出 2726.30 万元，占 6.69%%；项目支出 38008.35 万元，占 %s%%。\n";
        assertThat(findings(new NarrShareRule(), beijing.formatted("93.31"))).isEmpty();
        assertThat(findings(new NarrShareRule(), beijing.formatted("96.31"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("40734.65", "的 93.31%", "说明写作 96.31%");
        });
    }

    @Test
    void aFullStopShouldEndTheSharesAQizhongBreaksDown() {
        // 延边 2024 (line 628): the shares after "。" are of other wholes (本年收入中 …，上年结转中 …), each 100%
        String yanbian = HEADER + "2024 年收入预算 1,144.52 万元，其中：本年收入 1,053.43 万元，占 92.04%；上年结转 91.09 万元，占 7.96%。"
                + "本年收入中，一般公共预算拨款收入 1,053.43 万元，占 100%。上年结转中，一般公共预算拨款结转 91.09 万元，占 100%。\n";
        assertThat(findings(new NarrShareRule(), yanbian)).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @Test
    void sharesOfTheThreePublicCostsShouldBeOfTheThreePublicCostsTablesTotal() {
        // 584.35 is the table's “三公” subtotal (its 合计, 1,452.35, adds 会议费 and 培训费); 110 万元 is the table's 110.00
        assertThat(findings(new NarrShareRule(), JIANGSU_2017)).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::messageZh).containsExactlyInAnyOrder(
                        "“因公出国(境)费支出” 110.00 占“《一般公共预算“三公”经费、会议费、培训费支出预算表》“三公”经费/小计” 584.35 的 18.82%，说明写作 18.85%",
                        "“公务用车购置及运行费支出” 317.80 占“《一般公共预算“三公”经费、会议费、培训费支出预算表》“三公”经费/小计” 584.35 的 54.39%，说明写作 54.43%",
                        "“公务接待费支出” 156.55 占“《一般公共预算“三公”经费、会议费、培训费支出预算表》“三公”经费/小计” 584.35 的 26.79%，说明写作 26.72%");
    }

    @Test
    void aThreePublicCostsTableInYuanShouldBeReadInTheNarrativesUnit() {
        String inYuan = JIANGSU_2017.replace("单位：万元", "单位：元")
                .replace("1,452.35\t584.35\t110.00\t317.80\t50.00\t267.80\t156.55\t168.00\t700.00",
                        "14,523,500.00\t5,843,500.00\t1,100,000.00\t3,178,000.00\t500,000.00\t2,678,000.00\t1,565,500.00\t1,680,000.00\t7,000,000.00");
        assertThat(findings(new NarrShareRule(), inYuan)).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::messageZh)
                .hasSize(3).allSatisfy(m -> assertThat(m).contains("5,843,500.00")).anySatisfy(m -> assertThat(m).contains("的 26.79%"));
    }

    @Test
    void aNamedWholeShouldBeTheAmountStatedUnderThatName() {
        // 17981.68 / 17996.68 = 99.917%; 本年支出合计 is 本年支出预算合计, not the 17981.68 stated just before
        assertThat(findings(new NarrShareRule(), JIANGSU_2017_FISCAL.formatted("99.92"))).isEmpty();
        assertThat(findings(new NarrShareRule(), JIANGSU_2017_FISCAL.formatted("99.29"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("17996.68", "99.92%", "99.29%");
        });
    }

    @Test
    void sharesThatMakeAHundredPercentShouldBeSharesOfTheirSum() {
        assertThat(findings(new NarrShareRule(), YANBIAN.formatted("4.34"))).isEmpty();
        assertThat(findings(new NarrShareRule(), YANBIAN.formatted("4.33"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).isEqualTo("“住房保障(类)支出” 49.64 占“所列各项之和” 349.50+745.38+49.64 的 4.34%，说明写作 4.33%（末位舍去而非四舍五入）");
        });
    }

    @Test
    void aShareOfAWholeTheTextDoesNotMakeCertainShouldNeverBeAWarning() {
        String text = HEADER + "本部门支出预算 100.00 万元。\n卫生健康支出 40.00 万元，占 %s%%。\n";
        assertThat(findings(new NarrShareRule(), text.formatted("40"))).isEmpty();
        assertThat(findings(new NarrShareRule(), text.formatted("45"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void shouldTakeTheWholeTheSentenceOpensWith() throws java.io.IOException {
        // 延边 2024 line 628: "本年收入中，一般公共预算拨款收入 1,053.43 万元，占 100%。上年结转中，一般公共预算拨款结转 91.09 万元，占 100%。"
        String shares = "本年收入中，一般公共预算拨款收入 1,053.43 万元，占 100%。上年结转中，一般公共预算拨款结转 91.09 万元，占 100%。";
        String yanbian = TextDocuments.corpus("yanbian-medical-security-2024-budget", shares);
        java.util.List<Finding> before = TextDocuments.errorsAndWarnings(new NarrShareRule(), yanbian);
        assertThat(TextDocuments.errorsAndWarnings(new NarrShareRule(), yanbian.replace(shares, shares.replace("占 100%。上年", "占 103%。上年"))))
                .hasSize(before.size() + 1).anySatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("一般公共预算拨款收入", "本年收入", "103%");
                });
        assertThat(TextDocuments.errorsAndWarnings(new NarrShareRule(), yanbian.replace(shares, shares.replace("91.09 万元，占 100%", "91.09 万元，占 103%"))))
                .hasSize(before.size() + 1).anySatisfy(f -> assertThat(f.messageZh()).contains("一般公共预算拨款结转", "上年结转", "103%"));
    }

    @Test
    void shouldReadClassSharesPrintedOneToAParagraphAsOneList() throws java.io.IOException {
        // 延边 2024 lines 642–646: 30.54% + 65.13% + 4.33% of 349.50 + 745.38 + 49.64; with one of them misprinted the other two
        // still prove the whole
        String first = "社会保障和就业（类）支出 349.50 万元，占 30.54%";
        String yanbian = TextDocuments.corpus("yanbian-medical-security-2024-budget", first);
        java.util.List<Finding> before = TextDocuments.errorsAndWarnings(new NarrShareRule(), yanbian);
        assertThat(before).singleElement().satisfies(f -> assertThat(f.messageZh()).contains("4.33%", "末位舍去"));
        assertThat(TextDocuments.errorsAndWarnings(new NarrShareRule(), yanbian.replace(first, first.replace("30.54", "33.54"))))
                .hasSize(2).anySatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("社会保障和就业(类)支出", "33.54%", "349.50+745.38+49.64");
                });
        String second = "卫生健康支出（类）支出 745.38 万元，占 65.13%";
        assertThat(TextDocuments.errorsAndWarnings(new NarrShareRule(), yanbian.replace(second, second.replace("65.13", "56.13"))))
                .hasSize(2).anySatisfy(f -> assertThat(f.messageZh()).contains("56.13%"));
    }
}
