package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.table.FormRows.keysAndValues;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.table.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Performance forms (项目支出绩效目标表, 绩效自评表) as ruled PDFs print them, one project a form: key and value rows
 * (项目名称 | …, 主管部门 | …) above a box of the project's funds whose keys stand under a merged 项目资金（万元）, then
 * sections of indicators under their own headings. Every key and value must be read, in reading order, and none of
 * them as a heading.
 */
class FormLayoutsTest {

    @BeforeEach
    void font() {
        ReadTables.assumeFont();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"年度预算资金总额：", "年度资金总额", "资金总额："})
    void shouldReadTheTotalOfTheFundsBoxWhoseKeyStandsUnderAMergedKey(String totalKey) {
        byte[] pdf = LayoutPdf.portrait()
                .centred("民政系统综合业务管理项目绩效目标表", 14)
                .table(LayoutPdf.Grid.ruled(70, 50, 130, 110, 110)
                        .row("项目名称", "<", "民政系统综合业务管理", "<", "<")
                        .row("主管部门及代码", "<", "[212]福州市民政局", "实施单位", "福州市民政局（本级）")
                        .row("项目资金\n（万元）", "<", totalKey, "180.00", "<")
                        .row("^", "^", "其中：财政拨款", "150.00", "<")
                        .row("^", "^", "其他资金", "30.00", "<")
                        .row("总体目标", "保障民政系统综合业务正常开展，提升为民服务水平。", "<", "<", "<")
                        .row("", "一级指标", "二级指标", "三级指标", "指标值")
                        .row("绩效指标", "成本指标", "经济成本指标", "业务管理成本", "≤180万元")
                        .row("绩效指标", "产出指标", "数量指标", "开展业务培训次数", "≥4次"))
                .bytes();

        List<String> read = keysAndValues(ReadTables.read(pdf));

        assertThat(read).startsWith(
                "项目名称|民政系统综合业务管理",
                "主管部门及代码|[212]福州市民政局|实施单位|福州市民政局（本级）",
                "项目资金（万元）|" + Texts.withoutWhitespace(totalKey) + "|180.00",
                "其中：财政拨款|150.00",
                "其他资金|30.00");
        assertThat(read).contains("绩效指标|成本指标|经济成本指标|业务管理成本|≤180万元");
    }

    @ParameterizedTest(name = "indicators {0}")
    @ValueSource(booleans = {true, false})
    void shouldReadTheKeysAtTheTopOfAFormAsRowsNotAsTheTablesHeading(boolean indicators) {
        LayoutPdf.Grid grid = LayoutPdf.Grid.ruled(60, 80, 110, 90, 70, 60)
                .row("项目名称", "<", "<", "财政培训业务", "<", "<")
                .row("主管部门", "<", "<", "西安市财政局", "<", "<")
                .row("资金金额\n（万元）", "<", "实施期资金总额：", "126.17", "执行率分值\n（10分）", "<")
                .row("^", "^", "其中：财政拨款", "126.17", "^", "^")
                .row("^", "^", "其他资金", "", "^", "^")
                .row("总体目标", "组织全市财会人员继续教育和业务培训，提升财政干部业务能力。", "<", "<", "<", "<");
        if (indicators) {
            grid.row("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "分值权重\n（90分）")
                    .row("^", "产出指标", "数量指标", "培训人次（人次）", "≥3000", "20")
                    .row("^", "满意度指标", "服务对象满意度指标", "参训人员满意率（%）", "≥90", "10");
        }
        ExtractedDocument document = ReadTables.read(LayoutPdf.portrait().centred("部门专项业务经费绩效目标表", 14).table(grid).bytes());

        assertThat(headings(document)).noneMatch(path -> path.contains("财政培训业务") || path.contains("西安市财政局"));
        assertThat(keysAndValues(document)).startsWith(
                "项目名称|财政培训业务",
                "主管部门|西安市财政局",
                "资金金额（万元）|实施期资金总额：|126.17|执行率分值（10分）",
                "其中：财政拨款|126.17",
                "其他资金");
        if (indicators) {
            assertThat(headings(document)).contains("三级指标", "指标值", "分值权重（90分）");
        }
    }

    @Test
    void shouldReadARowOfShortKeysAndValuesAboveASectionsHeadingsAsARow() {
        // 自评表: the 主管部门 row's cells are as short as headings, and the 项目资金 headings follow it
        byte[] pdf = LayoutPdf.landscape()
                .centred("西安市级采供血人员经费项目绩效自评表", 14)
                .table(LayoutPdf.Grid.ruled(90, 90, 90, 90, 90, 70, 70, 70)
                        .row("项目名称", "采供血人员经费", "<", "<", "<", "<", "<", "<")
                        .row("主管部门", "西安市卫生健康委员会", "<", "<", "实施单位", "西安市中心血站", "<", "<")
                        .row("项目资金（万元）", "<", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分")
                        .row("年度资金总额", "<", "1,062.00", "1,062.00", "1,061.74", "10", "99.98%", "10")
                        .row("其中：当年财政拨款", "<", "1,062.00", "1,062.00", "1,061.74", "—", "99.98%", "—")
                        .row("其他资金", "<", "0", "0", "0", "—", "0", "—"))
                .bytes();

        ExtractedDocument document = ReadTables.read(pdf);

        assertThat(keysAndValues(document)).containsSubsequence(
                "主管部门|西安市卫生健康委员会|实施单位|西安市中心血站",
                "年度资金总额|1,062.00|1,062.00|1,061.74|10|99.98%|10",
                "其中：当年财政拨款|1,062.00|1,062.00|1,061.74|—|99.98%|—");
        assertThat(headings(document)).contains("年初预算数", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）", "得分");
    }

    /** The headings over every table's figure and text columns. */
    private static List<String> headings(ExtractedDocument document) {
        List<String> paths = new ArrayList<>();
        for (ExtractedTable table : document.tables()) {
            table.columns().forEach(c -> paths.add(c.path()));
            table.textColumns().forEach(c -> paths.add(c.path()));
        }
        return paths;
    }
}
