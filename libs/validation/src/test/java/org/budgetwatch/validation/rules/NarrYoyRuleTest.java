package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * NARR-YOY on year-on-year sentences worded "与上年相比" and "较上年", from 西安市卫生健康委员会 2022 年度部门决算 (shared
 * corpus, xian-health-commission-2022-final-accounts.pdf, 收入支出决算总体情况说明, page 9), as printed and changed.
 */
class NarrYoyRuleTest {

    private static final String DOCUMENT = """
            2022年西安市卫生健康委员会部门决算
            收入支出决算总表
            单位：万元
            项目\t决算数\t项目\t决算数
            一、一般公共预算财政拨款收入\t2,480,372.7\t一、卫生健康支出\t2,480,372.7
            收入总计\t2,480,372.7\t支出总计\t2,480,372.7
            收入支出决算总体情况说明
            %s
            """;
    /** Page 9. */
    private static final String TOTALS = "2022年度收入总计、支出总计均为%s万元，与上年相比收入总计、支出总计均%s789,183.4万元，%s%s%%，"
            + "增长的主要原因是：西安市儿童医院、西安市红会医院等新院区建设、扩建基建项目投入增加。";

    @Test
    void shouldCheckTheRateOfAChangeAgainstLastYear() {
        String text = DOCUMENT.formatted(TOTALS.formatted("2,480,372.7", "增加", "增长", "46.66"));

        assertThat(findings(new NarrYoyRule(), text)).isEmpty();
        assertThat(checks(new NarrYoyRule(), text)).isEqualTo(1);
    }

    @Test
    void shouldRejectAWrongRateGivingTheUnitsOfTheFigures() {
        assertThat(findings(new NarrYoyRule(), DOCUMENT.formatted(TOTALS.formatted("2,480,372.7", "增加", "增长", "56.66")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("本年 2,480,372.7 万元").contains("变动 789183.4 万元").contains("应为 46.66%");
                    assertThat(f.locations().get(0).line()).isEqualTo(8);
                });
    }

    @Test
    void shouldWarnOfARateCutRatherThanRoundedAsNarrShareDoes() {
        // jiangsu-party-committee-office-2019-budget-text.pdf p.9: "行政运行（项）支出9370.12万元，与上年相比增加1297.83万元，增长16.07%"
        // 1297.83 / 8072.29 = 16.0776%: printed cut to 16.07 rather than rounded to 16.08, a slip an auditor notes (the answer key's entry)
        String text = DOCUMENT.formatted("1．党委办公厅（室）及相关机构事务（款）行政运行（项）支出9370.12万元，与上年相比增加1297.83万元，增长16.07%。");
        assertThat(findings(new NarrYoyRule(), text)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("应为 16.08%").contains("说明写作 16.07%（末位舍去而非四舍五入）");
        });
    }

    @Test
    void shouldNameASentenceWithoutASubjectByItsOpeningWords() {
        // jiangsu-procuratorate-2017-budget.pdf, page 22: the subject "2017 年本部门一般公共预算机关运行经费预算支出" ends
        // the line before the figures, so the sentence read has none
        String text = DOCUMENT.formatted("6032.55 万元，比 2016 年增加 3401.59 万元，增长 129.97 %。");
        assertThat(findings(new NarrYoyRule(), text)).singleElement().satisfies(f -> {
            assertThat(f.messageZh()).doesNotContain("null").startsWith("“6032.55 万元…”");
            assertThat(f.messageEn()).doesNotContain("null");
        });
    }

    @Test
    void shouldReadTheWordingComparedWithLastYear() {
        String text = DOCUMENT.formatted("本年支出预算2,480,372.7万元，较上年增加789,183.4万元，增长56.66%。");
        assertThat(findings(new NarrYoyRule(), text)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void shouldWarnWhenTheChangeAndTheRateGoOppositeWays() {
        assertThat(findings(new NarrYoyRule(), DOCUMENT.formatted(TOTALS.formatted("2,480,372.7", "增加", "下降", "46.66")))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void shouldRejectARateOfChangeFromNothing() {
        assertThat(findings(new NarrYoyRule(), DOCUMENT.formatted(TOTALS.formatted("789,183.4", "增加", "增长", "100")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("上年为 0");
                });
    }

    @Test
    void shouldWarnWhenAnItemRepeatsTheFiguresOfTheItemBeforeIt() {
        String copied = "一般公共预算财政拨款支出2,480,372.7万元，比上年增加789,183.4万元，增长46.66%；"
                + "政府性基金预算财政拨款支出2,480,372.7万元，比上年增加789,183.4万元，增长46.66%。";
        assertThat(findings(new NarrYoyRule(), DOCUMENT.formatted(copied))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("一般公共预算财政拨款支出");
        });
    }

    @Test
    void shouldNotTakeTheSameItemNamedAgainInAnotherSectionForACopy() {
        // xian-finance-bureau-2026-budget.pdf pp. 9-10: 一般公共预算拨款 in the totals, 一般公共预算拨款收入 under 财政拨款收支
        String again = "本部门当年预算收入30,331.26万元，其中：一般公共预算拨款30,331.26万元，较上年减少14,196.04万元，下降31.88%。\n"
                + "本部门当年财政拨款收入30,331.26万元，其中：一般公共预算拨款收入30,331.26万元，较上年减少14,196.04万元，下降31.88%。";
        assertThat(findings(new NarrYoyRule(), DOCUMENT.formatted(again))).isEmpty();
    }

    @Test
    void shouldNotTakeIncomeAndExpenditureOfTheSameWholeForACopy() {
        String balanced = "收入预算2,480,372.7万元，比上年增加789,183.4万元，增长46.66%；支出预算2,480,372.7万元，比上年增加789,183.4万元，增长46.66%。";
        assertThat(findings(new NarrYoyRule(), DOCUMENT.formatted(balanced))).isEmpty();
    }
}
