package org.budgetwatch.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableBuilderTest {

    @Test
    void shouldStartTheBodyOfAListOfTablesWithoutFiguresAtItsFirstNumberedItem() {
        // 西安市财政局 2026 p24 and 西安市卫健委 2022 p145: the 目录 of the tables, with 是否空表 and 表格为空的理由
        List<TableBuilder.Row> rows = rows(
                List.of("报表", "报表名称", "是否空表", "表格为空的理由"),
                List.of("表1", "部门综合预算收支总表", "", ""),
                List.of("表2", "部门综合预算收入总表", "", ""),
                List.of("表9", "部门综合预算政府性基金收支表", "是", "不涉及"));

        TableBuilder.Grid grid = TableBuilder.grid(rows, null);

        assertThat(grid.header()).hasSize(1);
        assertThat(grid.body()).extracting(row -> row.cells().get(1))
                .containsExactly("部门综合预算收支总表", "部门综合预算收入总表", "部门综合预算政府性基金收支表");
    }

    @Test
    void shouldKeepTheHeaderOfAnEmptyTableOfSeveralRowsWhenNoItemsFollow() {
        List<TableBuilder.Row> rows = rows(
                List.of("项目", "本年政府性基金预算支出", "", ""),
                List.of("功能分类科目编码", "科目名称", "合计", "基本支出"),
                List.of("合计", "", "", ""));

        TableBuilder.Grid grid = TableBuilder.grid(rows, null);

        assertThat(grid.header()).hasSize(2);
        assertThat(TableBuilder.numberedListStart(rows)).isEqualTo(-1);
    }

    private static List<TableBuilder.Row> rows(List<String>... cells) {
        List<TableBuilder.Row> rows = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            rows.add(new TableBuilder.Row(r + 1, 24, new ArrayList<>(cells[r])));
        }
        return rows;
    }
}
