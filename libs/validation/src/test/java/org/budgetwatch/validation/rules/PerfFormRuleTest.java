package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.HEADER;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * PERF-FORM with the rows of 北京市东城区医疗保障局 2024's 预算04表 (项目支出表) and 预算13表 (项目支出绩效表, a form listing
 * every project), and the 项目支出预算情况表 and 政策和项目预算绩效目标表 of 烟台市财政局 2026 (pages 26, 32–33).
 */
class PerfFormRuleTest {

    /** 预算04表 as printed (an excerpt of its sixteen rows), with 档案整理存储项目 funded on two lines. */
    private static final String BEIJING = HEADER + """
            预算04表 2024年部门（单位）项目支出表
            单位：万元
            科目编码\t项目名称\t合计\t一般公共预算
            2101502\t法律顾问服务\t7.16\t7.16
            2101502\t长期护理保险调研培训\t1.02\t1.02
            2101599\t档案整理存储项目\t107.50\t107.50
            2101599\t档案整理存储项目\t2.50\t2.50
            2101502\t政务服务电话咨询服务\t38.50\t38.50
            \t合 计\t156.68\t156.68
            预算13表 2024年部门（单位）项目支出绩效表
            单位：万元
            项目编码\t项目名称\t项目总额\t财政资金
            11010122T00000399442\t法律顾问服务\t%s\t%s
            11010124T00002740981\t长期护理保险调研培训\t1.022500\t1.022500
            11010122T000000399526\t档案整理存储项目\t110.000000\t110.000000
            11010124T000003019104\t政务服务电话咨询服务\t38.500000\t38.500000
            """;

    @Test
    void aFormThatStatesTheProjectTablesAmountShouldPassAndRoundingShouldBeAnInfoAtMost() {
        String asPrinted = BEIJING.formatted("7.160000", "7.160000");
        assertThat(findings(new PerfFormRule(), asPrinted)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        // four projects, and the forms against the table's 合计 (156.68 against 156.6825: rounding)
        assertThat(checks(new PerfFormRule(), asPrinted)).isEqualTo(5);
        assertThat(findings(new PerfFormRule(), asPrinted)).extracting(f -> f.messageZh())
                .anySatisfy(m -> assertThat(m).contains("长期护理保险调研培训", "1.022500", "1.02", "四舍五入"));
    }

    @Test
    void aProjectPrintedOnTwoLinesShouldBeComparedWithTheirSum() {
        assertThat(findings(new PerfFormRule(), BEIJING.formatted("7.160000", "7.160000")))
                .noneSatisfy(f -> assertThat(f.messageZh()).contains("档案整理存储项目"));
    }

    @Test
    void aFormThatContradictsItsProjectsLineShouldBeAnError() {
        assertThat(findings(new PerfFormRule(), BEIJING.formatted("71.600000", "71.600000")))
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .anySatisfy(f -> {
                    assertThat(f.messageZh()).contains("法律顾问服务", "71.600000", "7.16");
                    assertThat(f.locations()).extracting(l -> l.tableTitle()).contains("预算13表 2024年部门（单位）项目支出绩效表",
                            "预算04表 2024年部门（单位）项目支出表");
                });
    }

    /** 烟台 p.26 (two of its twelve lines) and the forms of pp. 32–33, in 万元 as printed there. */
    private static final String YANTAI = HEADER + """
            项目支出预算情况表
            单位：万元
            项目名称\t项目类别\t合计\t财政拨款
            合 计\t\t345.00\t345.00
            公车统管费用\t其他运转类\t30.00\t30.00
            财政工作专项经费\t其他运转类\t315.00\t315.00
            政策和项目预算绩效目标表
            项目名称\t\t公车统管费用\t
            主管部门及代码\t\t228_烟台市财政局\t
            项目资金（万元）\t年度预算资金总额：\t30.00\t
            \t其中：财政拨款\t30.00\t
            \t其他资金\t0.00\t
            总体目标\t通过科学合理的车辆统管，有效控制车辆使用成本\t\t
            绩效指标\t一级指标\t二级指标\t三级指标\t指标值
            \t成本指标\t经济成本\t年度车辆统管费用\t≤30万元
            \t产出指标\t数量指标\t车辆租赁次数\t≤400次
            政策和项目预算绩效目标表
            项目名称\t\t%s\t
            主管部门及代码\t\t228_烟台市财政局\t
            项目资金（万元）\t年度预算资金总额：\t315.00\t
            \t其中：财政拨款\t315.00\t
            \t其他资金\t0.00\t
            总体目标\t统筹做好全市财政工作，加强财政培训、会议、印刷及对区市财政工作的督导等工作\t\t
            绩效指标\t一级指标\t二级指标\t三级指标\t指标值
            \t成本指标\t经济成本\t财政工作专项经费\t≤315万元
            \t产出指标\t质量指标\t会议保障率\t100%%
            七、预算绩效管理情况说明
            %s
            """;

    private static final String EVERY_PROJECT = "烟台市财政局2026年政策和项目全面实施绩效目标管理，涉及一级预算项目6个，预算资金3056.57万元，其中财政拨款3056.57万元。";

    @Test
    void keyAndValueFormsShouldBeReadByTheirKeys() {
        assertThat(ProjectForms.of(TextDocuments.extract(YANTAI.formatted("财政工作专项经费", EVERY_PROJECT))))
                .extracting(f -> f.name() + " " + f.amount().printed())
                .containsExactly("公车统管费用 30.00", "财政工作专项经费 315.00");
        assertThat(findings(new PerfFormRule(), YANTAI.formatted("财政工作专项经费", EVERY_PROJECT))).isEmpty();
    }

    @Test
    void aProjectWithoutAFormShouldBeAWarningOnlyWhereTheDocumentSaysEveryProjectHasTargets() {
        String renamed = YANTAI.formatted("会计工作经费", EVERY_PROJECT).replace("315.00\t\n\t其中", "322.00\t\n\t其中")
                .replace("\t其中：财政拨款\t315.00", "\t其中：财政拨款\t322.00");
        assertThat(findings(new PerfFormRule(), renamed)).extracting(f -> f.severity() + " " + f.messageZh()).containsExactlyInAnyOrder(
                "WARNING 《政策和项目预算绩效目标表》列出项目“会计工作经费”，《项目支出预算情况表》中没有这个项目（说明称所有项目均设绩效目标）",
                "WARNING 《项目支出预算情况表》中的项目“财政工作专项经费”（315.00）没有绩效目标表（说明称所有项目均设绩效目标）");
        // "按照全面实施预算绩效管理的要求" cites the policy; it does not say every project has a form
        String policy = YANTAI.formatted("会计工作经费", "按照全面实施预算绩效管理的要求，确定1个项目的绩效目标向社会公开。")
                .replace("\t315.00\t\n\t其中：财政拨款\t315.00", "\t322.00\t\n\t其中：财政拨款\t322.00");
        assertThat(findings(new PerfFormRule(), policy)).isEmpty();
    }

    @Test
    void aFormInWanYuanShouldBeComparedWithATableInYuanInOneUnit() {
        // 西安市财政局 2026: 专项业务经费支出表 (p.38, 元) 会计类考试考务 10,835,700.00; its form (p.44) 1,083.57 万元 (the
        // form's rows as printed there, its indicators' headings as most forms print them)
        String xian = HEADER + """
                部门综合预算专项业务经费支出表
                单位：元
                单位名称（项目）\t项目金额
                合计\t10,835,700.00
                会计类考试考务\t%s
                部门专项业务经费绩效目标表
                项目名称\t\t会计类考试考务\t
                主管部门\t\t西安市财政局\t
                资金金额(万元)\t年度资金总额：\t1,083.57\t
                \t其中：财政拨款\t1,083.57\t
                \t其他资金\t\t
                总体目标\t保障会计专业技术资格考试和注册会计师考试顺利进行\t\t
                年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值
                \t成本指标\t经济成本指标\t考试机位单价(元/小时)\t19.75
                \t产出指标\t数量指标\t考试机位数量(个)\t≤12380
                """;
        assertThat(findings(new PerfFormRule(), xian.formatted("10,835,700.00"))).isEmpty();
        // the form against its line, and the form's own box (1,083.57 = 1,083.57, 其他资金 blank)
        assertThat(checks(new PerfFormRule(), xian.formatted("10,835,700.00"))).isEqualTo(2);
        assertThat(findings(new PerfFormRule(), xian.formatted("10,853,700.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("1,083.57", "1085.37");
        });
    }

    /**
     * 国家信访局 2026 p.31's 信访综合保障经费 form: a box of four rows, 2,706.79 = 2,616.79 财政拨款 + 90.00 上年结转 + 0.00
     * 其他资金; no project table in the document, so the box is all there is to check.
     */
    private static final String PETITIONS = HEADER + """
            信访综合保障经费绩效目标表
            项目名称\t\t信访综合保障经费\t\t
            主管部门及代码\t\t[292]国家信访局\t实施单位\t国家信访局本级
            项目资金（万元）\t年度资金总额：\t%s\t执行率分值（10）\t
            \t其中：财政拨款\t%s\t\t
            \t上年结转\t90.00\t\t
            \t其他资金\t%s\t\t
            年度总体目标\t做好《信访工作条例》贯彻落实工作，形成基本完备的配套政策制度体系。\t\t\t
            绩效指标\t一级指标\t二级指标\t三级指标\t指标值
            \t成本指标\t经济成本指标\t项目成本控制\t≤2706.79 万元
            \t产出指标\t数量指标\t舆情报告报送量\t≥55 期
            """;

    @Test
    void aFormsFundsShouldAddUpToItsTotalOverEveryPartItPrints() {
        String asPrinted = PETITIONS.formatted("2,706.79", "2,616.79", "0.00");
        assertThat(findings(new PerfFormRule(), asPrinted)).isEmpty();
        assertThat(checks(new PerfFormRule(), asPrinted)).isEqualTo(1);
    }

    @Test
    void aFormWhosePartsDoNotAddUpToItsTotalShouldBeAnErrorWhereEveryPartIsPrinted() {
        assertThat(findings(new PerfFormRule(), PETITIONS.formatted("2,706.79", "2,716.79", "0.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("信访综合保障经费", "年度资金总额", "2,706.79", "财政拨款、上年结转、其他资金之和", "2806.79");
            assertThat(f.locations()).hasSize(4);
        });
    }

    @Test
    void aPartLeftBlankShouldMakeADifferenceAWarningAndRoundingAnInfo() {
        assertThat(findings(new PerfFormRule(), PETITIONS.formatted("2,806.79", "2,616.79", ""))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(findings(new PerfFormRule(), PETITIONS.formatted("2,706.8", "2,616.79", "0.00"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aBoxWithARowThisReaderDoesNotKnowAsAPartShouldNotBeCompared() {
        // a detail of a part (其中：中央补助) may or may not be one of the parts: the box is not read with confidence
        String detail = PETITIONS.formatted("2,706.79", "2,616.79", "0.00").replace("\t上年结转\t90.00", "\t其中：中央补助\t90.00");
        assertThat(checks(new PerfFormRule(), detail)).isZero();
        assertThat(findings(new PerfFormRule(), detail)).isEmpty();
    }
}
