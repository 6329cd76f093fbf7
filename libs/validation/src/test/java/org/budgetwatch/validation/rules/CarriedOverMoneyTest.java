package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.validation.rules.TextDocuments.checks;
import static org.budgetwatch.validation.rules.TextDocuments.findings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetwatch.validation.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * The money carried over from last year (上年结转) across the summaries, on 延边 2024 (corpus, printed in columns 编制预算 |
 * 上年结转) and 国家信访局 2026 (shared PDFs pp. 5, 6 and 9, printed as lines): XTAB-CARRIED between the 收支总表, the
 * 收入总表 and the 财政拨款收支总表; XTAB-BALANCE column by column; ARITH-TOTAL-ROW's 收入总计 = 一、本年收入 + 二、上年结转;
 * and HIER-CODE's department row = its units' rows (延边 预算表2, 北京 预算02表).
 */
class CarriedOverMoneyTest {

    private static final String YANBIAN = "yanbian-medical-security-2024-budget.txt";

    /** 国家信访局 2026 部门收支总表 (p.5), 部门收入总表 (p.6) and 财政拨款收支总表 (p.9), their lines of figures. */
    private static final String PETITIONS = """
            国家信访局2026年部门预算
            部门收支总表
            单位：万元
            收 入\t\t支 出\t
            项 目\t预算数\t项 目\t预算数
            一、一般公共预算拨款收入\t16,474.82\t一、一般公共服务支出\t47,179.30
            二、政府性基金预算拨款收入\t\t二、教育支出\t118.01
            三、国有资本经营预算拨款收入\t\t三、社会保障和就业支出\t2,208.19
            四、事业收入\t\t四、住房保障支出\t1,111.44
            五、其他收入\t31,888.00\t\t
            本年收入合计\t48,362.82\t本年支出合计\t50,616.94
            使用非财政拨款结余\t\t结转下年\t
            上年结转\t%s\t\t
            收入总计\t50,616.94\t支出总计\t50,616.94

            部门收入总表
            单位：万元
            单位名称\t合计\t上年结转\t一般公共预算拨款收入\t政府性基金预算拨款收入\t事业收入\t其他收入\t使用非财政拨款结余
            合计\t50,616.94\t%s\t16,474.82\t\t\t31,888.00\t

            财政拨款收支总表
            单位：万元
            收 入\t\t支 出\t
            项 目\t预算数\t项 目\t预算数
            一、本年收入\t16,474.82\t一、本年支出\t18,728.94
            （一）一般公共预算拨款\t16,474.82\t（一）一般公共服务支出\t15,291.30
            （二）政府性基金预算拨款\t\t（二）教育支出\t118.01
            （三）国有资本经营预算拨款\t\t（三）社会保障和就业支出\t2,208.19
            二、上年结转\t%s\t（四）住房保障支出\t1,111.44
            （一）一般公共预算拨款\t%s\t二、结转下年\t
            收入总计\t18,728.94\t支出总计\t18,728.94
            """;

    private static String petitions(String summary, String revenue, String fiscal) {
        return PETITIONS.formatted(summary, revenue, fiscal, fiscal);
    }

    /** The published 延边 text with one figure of one line changed, the line numbered as in the file. */
    private static String yanbian(int line, String from, String to) {
        try {
            List<String> lines = Files.readAllLines(Path.of("../../corpus", YANBIAN), StandardCharsets.UTF_8);
            if (line > 0) {
                String printed = lines.get(line - 1);
                assertThat(printed).contains(from);
                lines.set(line - 1, printed.replaceFirst(java.util.regex.Pattern.quote(from), to));
            }
            return String.join("\n", lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldFindTheSameCarriedOverMoneyInTheSummaryAndTheRevenueTable() {
        assertThat(findings(new XtabCarriedRule(), petitions("2,254.12", "2,254.12", "2,254.12"))).isEmpty();
        assertThat(checks(new XtabCarriedRule(), petitions("2,254.12", "2,254.12", "2,254.12"))).isEqualTo(2);
        assertThat(findings(new XtabCarriedRule(), petitions("2,254.12", "2,245.12", "2,254.12"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("《部门收支总表》上年结转", "2,254.12", "《部门收入总表》合计/上年结转", "2245.12");
        });
    }

    @Test
    void shouldNotLetTheAppropriationsCarriedOverExceedAllTheMoneyCarriedOver() {
        assertThat(findings(new XtabCarriedRule(), petitions("2,254.12", "2,254.12", "2,524.12"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("《财政拨款收支总表》二、上年结转/预算数 2,524.12 大于《部门收支总表》上年结转/预算数 2,254.12");
            assertThat(f.difference()).isEqualByComparingTo("269.99");
        });
        // less than the whole: the rest is the units' own balances, no contradiction
        assertThat(findings(new XtabCarriedRule(), petitions("2,254.12", "2,254.12", "2,000.00"))).isEmpty();
    }

    @Test
    void shouldNotCompareCarriedOverMoneyASummaryDoesNotPrint() {
        assertThat(checks(new XtabCarriedRule(), petitions("", "", ""))).isZero();
        assertThat(checks(new XtabCarriedRule(), petitions("", "2,254.12", "2,254.12"))).isEqualTo(1); // the fiscal part against the revenue table
    }

    @Test
    void shouldReadTheCarriedOverColumnsOfYanbian() {
        assertThat(findings(new XtabCarriedRule(), yanbian(0, "", ""))).isEmpty();
        assertThat(checks(new XtabCarriedRule(), yanbian(0, "", ""))).isEqualTo(2);
        // 预算表1's 收入总计 in its 上年结转 column against 预算表2's 上年结转结余/小计
        assertThat(findings(new XtabCarriedRule(), yanbian(191, "1,053.43\t91.09\t支出总计", "1,053.43\t19.09\t支出总计")))
                .filteredOn(f -> f.severity() == Severity.ERROR).hasSize(2);
    }

    @Test
    void shouldBalanceEachColumnOfASummaryWhoseSidesPrintTheSameColumns() {
        assertThat(findings(new XtabBalanceRule(), yanbian(0, "", ""))).isEmpty();
        assertThat(checks(new XtabBalanceRule(), yanbian(0, "", ""))).isEqualTo(4);
        // 预算表4 收入总计 under 上年结转 changed: 编制预算 still balances, 上年结转 does not
        assertThat(findings(new XtabBalanceRule(), yanbian(271, "1,053.43\t91.09\t支出总计", "1,053.43\t94.09\t支出总计")))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.messageZh()).contains("收入总计（上年结转） 94.09 不等于 支出总计（上年结转） 91.09");
                });
    }

    @Test
    void shouldAddUpATotalOverTheYearsIncomeAndTheMoneyCarriedOver() {
        assertThat(findings(new ArithTotalRowRule(), petitions("2,254.12", "2,254.12", "2,254.12"))).isEmpty();
        assertThat(findings(new ArithTotalRowRule(), petitions("2,254.12", "2,254.12", "2,524.12")))
                .anySatisfy(f -> assertThat(f.messageZh()).contains("《财政拨款收支总表》收入总计/预算数：合计 18,728.94 不等于各项之和 18998.94"));
        assertThat(findings(new ArithTotalRowRule(), yanbian(271, "收入总计\t1,053.43\t91.09", "收入总计\t1,053.43\t94.09")))
                .anySatisfy(f -> assertThat(f.messageZh()).contains("收入总计/上年结转：合计 94.09 不等于各项之和 91.09"));
    }

    @Test
    void shouldNotAddUpATotalOverAnUnnumberedLineOfAnotherKind() {
        String jiangsu = """
                2019年中共江苏省委办公厅部门预算
                收支预算总表
                单位：万元
                收 入\t\t支 出\t
                项 目\t金额\t项 目\t金额
                一、一般公共预算资金\t27,664.22\t一、一般公共服务支出\t27,664.22
                二、政府性基金\t\t二、教育支出\t
                上年结转资金\t100.00\t结转下年资金\t
                收入总计\t27,764.22\t支出总计\t27,664.22
                """;
        assertThat(findings(new ArithTotalRowRule(), jiangsu)).noneMatch(f -> f.messageZh().contains("收入总计"));
    }

    @Test
    void shouldAddUpADepartmentsRowFromItsUnitsRows() {
        assertThat(findings(new HierCodeRule(), yanbian(0, "", ""))).noneMatch(f -> f.severity() != Severity.INFO);
        // 预算表2, 502001's 上年结转结余: its 小计 (the export drops a blank cell from each body row; the reader puts it back)
        assertThat(findings(new HierCodeRule(), yanbian(201, "53.28\t53.28", "56.28\t53.28")))
                .filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("《收入总表(预算表2)》延边朝鲜族自治州医疗保障局/上年结转结余/小计：合计 91.09 不等于各项之和 94.10"));
        assertThat(findings(new ArithTotalRowRule(), yanbian(199, "91.09\t91.09", "94.09\t91.09")))
                .filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("《收入总表(预算表2)》合计/上年结转结余/小计：合计 94.09 不等于各项之和 91.09"));
    }

    @Test
    void shouldAddUpBeijingsUnitsWithTheTotalBelowThem() {
        String beijing = TextDocuments.HEADER + """
                预算02表 2024年部门（单位）收入汇总表
                金额单位：万元
                部门（单位）代码\t部门（单位）名称\t合计\t本年收入\t
                \t\t\t小计\t一般公共预算资金
                201\t北京市东城区医疗保障局\t40,734.65\t40,734.65\t40,734.65
                201001\t北京市东城区医疗保障局本级\t37,605.98\t37,605.98\t%s
                201002\t北京市东城区医疗保险事务管理中心\t3,128.67\t3,128.67\t3,128.67
                合 计\t\t%s\t40,734.65\t40,734.65
                """;
        assertThat(findings(new HierCodeRule(), beijing.formatted("37,605.98", "40,734.65"))).isEmpty();
        assertThat(checks(new HierCodeRule(), beijing.formatted("37,605.98", "40,734.65"))).isEqualTo(3);
        assertThat(findings(new HierCodeRule(), beijing.formatted("37,650.98", "40,734.65"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("北京市东城区医疗保障局/本年收入/一般公共预算资金：合计 40,734.65 不等于各项之和 40779.65"));
        assertThat(findings(new ArithTotalRowRule(), beijing.formatted("37,605.98", "40,743.65"))).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("合 计/合计：合计 40,743.65 不等于各项之和 40734.65"));
    }

    @Test
    void shouldNotAddUpUnitsWhoseRowsAClassRowInterrupts() {
        // 预算02表's figures printed per unit and class: the rows after 201001 may be its own, so 201 is not added up
        String perUnitAndClass = TextDocuments.HEADER + """
                预算02表 2024年部门（单位）收入汇总表
                金额单位：万元
                部门（单位）代码\t部门（单位）名称\t合计\t本年收入\t
                \t\t\t小计\t一般公共预算资金
                201\t北京市东城区医疗保障局\t40,734.65\t40,734.65\t40,734.65
                201001\t北京市东城区医疗保障局本级\t37,605.98\t37,605.98\t37,605.98
                210\t卫生健康支出\t37,605.98\t37,605.98\t37,605.98
                201002\t北京市东城区医疗保险事务管理中心\t3,128.67\t3,128.67\t3,128.67
                合 计\t\t40,734.65\t40,734.65\t40,734.65
                """;
        assertThat(checks(new HierCodeRule(), perUnitAndClass)).isZero();
    }
}
