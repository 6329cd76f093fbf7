package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * PERF-NARR with the first four 项目支出绩效目标表 of 延边朝鲜族自治州医疗保障局 2024 (corpus lines 440–515, read from the corpus
 * file as published: 个人权益记录单邮寄费, 医疗保障专家评审费, 州直离休人员医疗费超支款, 运行经费, each printing its 元 figure under
 * "项目资金 (万元)") and its narrative's sentence (line 702), its count and amount restated for these four forms: "2024 年确定
 * 10 个二级项目支出的绩效目标和绩效指标向社会公开，涉及金额 416.57 万元" is 4 projects and 348.30 万元 (5 + 12.2 + 300 + 31.1).
 */
class PerfNarrRuleTest {

    private static final String SENTENCE = "按照全面实施预算绩效管理的要求，结合本部门职能和重点工作，2024 年确定 %d 个二级项目支出的绩效目标和绩效指标向社会公开，涉及金额 %s 万元。";

    private static String forms() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../../corpus/yanbian-medical-security-2024-budget.txt"));
        return String.join("\n", lines.subList(439, 515)) + "\n";
    }

    private static String document(String forms, int count, String amount) {
        return HEADER + forms + "（六）预算绩效情况说明\n" + SENTENCE.formatted(count, amount) + "\n";
    }

    @Test
    void formsPrintedInYuanUnderWanYuanShouldBeFoundWhereTheyMakeTheSumAgree() throws IOException {
        assertThat(findings(new PerfNarrRule(), document(forms(), 4, "348.30"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("348.30", "个人权益记录单邮寄费", "运行经费", "按 元 计则正好相符");
            assertThat(f.addends()).containsExactlyInAnyOrder("50000.00", "122000.00", "3000000.00", "311000.00");
            // the four 年度资金总额 rows (corpus lines 445, 461, 479, 501, here after the one-line header) and the sentence
            assertThat(f.locations()).extracting(l -> l.line()).containsExactlyInAnyOrder(79, 7, 23, 41, 63);
        });
    }

    @Test
    void formsInTheirStatedUnitShouldAddUpToTheNarrativesAmountAndCount() throws IOException {
        String corrected = forms().replace("50000.00", "5.00").replace("122000.00", "12.20").replace("3000000.00", "300.00")
                .replace("311000.00", "31.10");
        assertThat(findings(new PerfNarrRule(), document(corrected, 4, "348.30"))).isEmpty();
        assertThat(checks(new PerfNarrRule(), document(corrected, 4, "348.30"))).isEqualTo(2);
        assertThat(findings(new PerfNarrRule(), document(corrected, 4, "358.30"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("358.30", "348.30");
        });
        // five projects said, four forms printed: the count is named and the amounts are not added up as if complete
        assertThat(findings(new PerfNarrRule(), document(corrected, 5, "348.30"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("5 个项目", "4 张");
        });
    }

    @Test
    void aSentenceAboutEvaluationsOrWithheldFormsShouldNotBeCompared() throws IOException {
        String evaluation = HEADER + forms() + "拟对中介服务费-政府项目审查费等1个项目开展部门重点绩效评价，涉及预算资金800万元。\n";
        assertThat(checks(new PerfNarrRule(), evaluation)).isZero();
        String withheld = HEADER + forms() + "本部门绩效目标管理全覆盖，涉及当年一般公共预算拨款30,331.26万元（其中粮食储备及重要商品储备相关业务预算经费绩效目标表，"
                + "本部门按照保密审查机制确定此项内容为涉密内容，按规定不予公开）。\n";
        assertThat(checks(new PerfNarrRule(), withheld)).isZero();
    }

    /** 烟台市财政局 2026 p.26 (its 合计) and p.31: "全面实施绩效目标管理" makes the stated amount the project table's. */
    @Test
    void anAmountForEveryProjectShouldBeTheProjectTablesTotal() {
        String yantai = HEADER + """
                项目支出预算情况表
                单位：万元
                项目名称\t项目类别\t合计\t财政拨款
                合 计\t\t3,056.57\t3,056.57
                公车统管费用\t其他运转类\t30.00\t30.00
                财政工作专项经费\t其他运转类\t3,026.57\t3,026.57
                七、预算绩效管理情况说明
                烟台市财政局2026年政策和项目全面实施绩效目标管理，涉及一级预算项目6个，预算资金%s万元，其中财政拨款3056.57万元。
                """;
        assertThat(findings(new PerfNarrRule(), yantai.formatted("3056.57"))).isEmpty();
        assertThat(checks(new PerfNarrRule(), yantai.formatted("3056.57"))).isEqualTo(1);
        assertThat(findings(new PerfNarrRule(), yantai.formatted("3065.57"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("3065.57", "3056.57").doesNotContain("项目支出预算情况表单位");
        });
    }
}
