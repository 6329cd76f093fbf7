package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.extraction.pdf.ReadTables.onlyTable;
import static org.budgetwatch.extraction.pdf.ReadTables.paths;
import static org.budgetwatch.extraction.pdf.ReadTables.rows;

import org.budgetwatch.extraction.model.ExtractedTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A landscape table on a page stored turned (/Rotate), its content drawn turned the other way so that it displays
 * upright, as print drivers store landscape sheets: read as the same table on an upright page.
 */
class RotatedPageTest {

    @BeforeEach
    void font() {
        ReadTables.assumeFont();
    }

    @ParameterizedTest(name = "/Rotate {0}")
    @ValueSource(ints = {90, 180, 270})
    void shouldReadATableOnATurnedPageAsOnAnUprightOne(int rotation) {
        ExtractedTable upright = onlyTable(expenditureSummary(LayoutPdf.landscape()));
        ExtractedTable turned = onlyTable(expenditureSummary(LayoutPdf.turnedLandscape(rotation)));

        assertThat(turned.title()).isEqualTo("支出总表（预算表3）");
        assertThat(paths(turned)).containsExactly("合计", "基本支出", "项目支出");
        assertThat(rows(turned)).containsExactly(
                "|合计|349.50|310.15|39.35",
                "208|社会保障和就业支出|349.50|310.15|39.35",
                "20801|人力资源和社会保障管理事务|283.32|243.97|39.35",
                "2080109|社会保险经办机构|279.30|243.97|35.34",
                "2080199|其他人力资源和社会保障管理事务支出|4.01||4.01");
        assertThat(turned).as("the same table as upright").usingRecursiveComparison().isEqualTo(upright);
    }

    private static byte[] expenditureSummary(LayoutPdf pdf) {
        return pdf.centred("支出总表（预算表3）", 16)
                .caption("预算单位：延边朝鲜族自治州医疗保障局（汇总）", "单位：万元", 10)
                .table(LayoutPdf.Grid.ruled(70, 220, 90, 90, 90)
                        .header("科目编码", "科目名称", "合计", "基本支出", "项目支出")
                        .row("", "合计", "349.50", "310.15", "39.35")
                        .row("208", "社会保障和就业支出", "349.50", "310.15", "39.35")
                        .row("20801", "人力资源和社会保障管理事务", "283.32", "243.97", "39.35")
                        .row("2080109", "社会保险经办机构", "279.30", "243.97", "35.34")
                        .row("2080199", "其他人力资源和社会保障管理事务支出", "4.01", "", "4.01"))
                .bytes();
    }
}
