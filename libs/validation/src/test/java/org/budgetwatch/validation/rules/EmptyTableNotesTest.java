package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.CodeLevel;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.DocumentMetadata;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.LineSpan;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.Finding;
import org.junit.jupiter.api.Test;

/** COMPLETE-EMPTY-NOTE finds the reason for an empty table where the document gives it, as the PDF reader reads it. */
class EmptyTableNotesTest {

    /** Xi'an 2026 财政局, page 40: 表11, its 合计 row blank. */
    private static final ExtractedTable CARRIED_OVER = blank(15, TableType.OTHER, "部门综合预算财政拨款上年结转资金支出表", 40);

    /** Xi'an 2022 卫健委 决算, page 160: 公开08表, its 合计 row blank. */
    private static final ExtractedTable STATE_CAPITAL = blank(7, TableType.STATE_CAPITAL_EXPENDITURE, "国有资本经营预算财政拨款支出决算表", 160);

    @Test
    void aListOfTheTablesThatGivesTheEmptyOneItsReasonShouldExplainIt() {
        // 报表目录, page 24: 报表名称 | 是否空表 | 表格为空的理由
        ExtractedTable contents = new ExtractedTable(2, TableType.OTHER, "报表目录", TableSide.WHOLE, AmountUnit.UNKNOWN, new LineSpan(24, 300, 320),
                List.of(), List.of(listed(0, "部门综合预算专项业务经费支出表"), listed(1, "部门综合预算财政拨款上年结转资金支出表", "是", "不涉及")), null,
                List.of(new TableColumn(0, "是否空表", false), new TableColumn(1, "表格为空的理由", false)));

        assertThat(findings(List.of(contents, CARRIED_OVER), List.of())).isEmpty();
        assertThat(findings(List.of(CARRIED_OVER), List.of())).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).isEqualTo("《部门综合预算财政拨款上年结转资金支出表》为空表，但没有说明原因"));
    }

    @Test
    void aSentenceSayingTheFundsTableIsPublishedEmptyShouldExplainIt() {
        // page 20, the sentence broken over two lines as the reader lays it out
        List<TextLine> prose = List.of(new TextLine(501, 20, "八、国有资本经营预算财政拨款支出决算情况说明"),
                new TextLine(502, 20, "本部门2022年度无国有资本经营预算财政拨款收支，已公开"), new TextLine(503, 20, "空表。"));

        assertThat(findings(List.of(STATE_CAPITAL), prose)).isEmpty();
    }

    @Test
    void aSentenceThatOnlySaysThereIsNoSuchMoneyShouldNotExplainTheTable() {
        // Yanbian 2024, line 670; and a template note about another table that mentions 空表
        List<TextLine> prose = List.of(new TextLine(670, null, "本单位无2024年国有资本经营预算支出情况。"),
                new TextLine(438, null, "注：没有委托业务费拨款的应公开空表，不得删除。"));

        assertThat(findings(List.of(STATE_CAPITAL), prose)).hasSize(1);
    }

    private static List<Finding> findings(List<ExtractedTable> tables, List<TextLine> prose) {
        ExtractedDocument document = new ExtractedDocument("application/pdf", new DocumentMetadata("西安市部门预算", "西安市财政局", "西安市", 2026,
                DocumentKind.DEPARTMENT_BUDGET), tables, List.of(), prose);
        return new DisclosureValidator(RuleCatalogue.of("test", List.of(new CompleteEmptyNoteRule())), true).validate(document).findings();
    }

    private static ExtractedTable blank(int index, TableType type, String title, int page) {
        TableRow total = new TableRow(0, "合计", null, CodeKind.NONE, CodeLevel.NONE, true, 10, List.of(new TableCell(0, null, null)), page);
        return new ExtractedTable(index, type, title, TableSide.WHOLE, AmountUnit.YUAN, new LineSpan(page, 9, 10),
                List.of(new TableColumn(0, "金额", true)), List.of(total), null);
    }

    private static TableRow listed(int index, String name, String... texts) {
        List<TableCell> cells = new java.util.ArrayList<>();
        for (int t = 0; t < texts.length; t++) {
            cells.add(new TableCell(t, texts[t], null));
        }
        return new TableRow(index, name, null, CodeKind.NONE, CodeLevel.NONE, false, 301 + index, List.of(), 24, cells);
    }
}
