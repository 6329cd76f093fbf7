package org.budgetwatch.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.table.FormRows.keysAndValues;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.junit.jupiter.api.Test;

/**
 * Performance forms in the text exports: a row per line, its cells a tab apart, a merged cell printed once in its
 * first row. The keys of a form's funds (年度资金总额 under 项目资金（万元）) are read with their amounts, and the key
 * rows at the top of a form are rows, not the table's heading.
 */
class FormSectionsTest {

    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());

    @Test
    void shouldKeepTheKeyOfTheFundsTotalPrintedBesideTheMergedKeyAboveIt() {
        String export = """
                核心骨干网络链路租用项目支出绩效目标表

                项目名称\t\t核心骨干网络链路租用和设备托管费\t\t\t
                项目级次\t\t二级项目\t\t\t
                主管部门及编码\t\t某某市医疗保障局-502\t\t\t
                项目资金 (万元)\t年度资金总额\t56.00\t\t\t
                \t其中：财政拨款\t50.00\t\t\t
                \t上年结转\t6.00\t\t\t
                \t其他资金\t0.00\t\t\t
                年度绩效目标\t保障医保信息系统网络链路和设备稳定运行。\t\t\t\t
                绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t权重
                \t成本指标\t经济成本指标\t链路租用费用\t=56万元\t20
                \t产出指标\t数量指标\t租用链路条数\t>=3条\t20
                """;

        List<String> read = keysAndValues(read(export));

        assertThat(read).startsWith(
                "项目名称|核心骨干网络链路租用和设备托管费",
                "项目级次|二级项目",
                "主管部门及编码|某某市医疗保障局-502",
                "项目资金(万元)|年度资金总额|56.00",
                "其中：财政拨款|50.00",
                "上年结转|6.00",
                "其他资金|0.00");
    }

    @Test
    void shouldReadAFormOfKeysAloneAsRowsNotAsAHeadingOverItsAmounts() {
        String export = """
                部门专项业务经费绩效目标表

                项目名称\t\t\t财政宣传业务\t\t
                主管部门\t\t\t西安市财政局\t\t
                资金金额(万元)\t\t\t实施期资金总额：\t46.00\t执行率分值（10分）
                \t\t\t其中：财政拨款\t46.00\t
                \t\t\t其他资金\t\t
                """;

        ExtractedDocument document = read(export);

        assertThat(document.tables()).flatExtracting(ExtractedTable::columns).noneMatch(c -> c.path().contains("财政宣传业务"));
        assertThat(keysAndValues(document)).startsWith(
                "项目名称|财政宣传业务",
                "主管部门|西安市财政局",
                "资金金额(万元)|实施期资金总额：|46.00|执行率分值（10分）",
                "其中：财政拨款|46.00");
    }

    private ExtractedDocument read(String export) {
        ExtractionResult result = extractor.extract(export.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) result).document();
    }
}
