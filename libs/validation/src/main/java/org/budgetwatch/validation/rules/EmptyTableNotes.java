package org.budgetwatch.validation.rules;

import java.util.List;
import java.util.Map;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.extraction.table.Texts;

/**
 * Where a document says why a table is empty other than under the table, for COMPLETE-EMPTY-NOTE
 * ({@link CompleteEmptyNoteRule}):
 * <ul>
 * <li>a list of its tables with 是否空表 and 表格为空的理由 columns that gives the table a reason (Xi'an 2026, 报表目录 on
 * page 24: 部门综合预算财政拨款上年结转资金支出表 | 是 | 不涉及);</li>
 * <li>a sentence of its narrative that says the table of that fund is published empty (Xi'an 2022 决算, page 20:
 * "本部门2022年度无国有资本经营预算财政拨款收支，已公开空表。").</li>
 * </ul>
 * A sentence saying only that there is no such money ("本单位无2024年政府性基金预算支出情况") does not speak of the table.
 */
final class EmptyTableNotes {

    /** The words a sentence names an empty table by, for the tables whose title names a fund or the “三公”. */
    private static final Map<TableType, String> SUBJECTS = Map.of(TableType.GOVERNMENT_FUND_EXPENDITURE, "政府性基金",
            TableType.STATE_CAPITAL_EXPENDITURE, "国有资本经营", TableType.THREE_PUBLIC_COSTS, "三公");

    private EmptyTableNotes() {
    }

    static boolean explainedElsewhere(ExtractedDocument document, ExtractedTable empty) {
        return listedWithReason(document, empty) || saidEmpty(document.prose(), empty);
    }

    private static boolean listedWithReason(ExtractedDocument document, ExtractedTable empty) {
        String title = Texts.withoutWhitespace(empty.title());
        for (ExtractedTable list : document.tables()) {
            List<TableColumn> reasons = list.textColumns().stream().filter(c -> Texts.withoutWhitespace(c.path()).contains("理由")).toList();
            boolean listsEmptyTables = list.textColumns().stream().anyMatch(c -> Texts.withoutWhitespace(c.path()).contains("空表"));
            if (reasons.isEmpty() || !listsEmptyTables) {
                continue;
            }
            for (TableRow row : list.rows()) {
                String listed = Texts.withoutWhitespace(row.label());
                if (!listed.isEmpty() && (listed.contains(title) || title.contains(listed)) && hasText(row, reasons)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasText(TableRow row, List<TableColumn> columns) {
        return row.texts().stream().filter(t -> columns.stream().anyMatch(c -> c.index() == t.column()))
                .map(TableCell::text).anyMatch(t -> t != null && !t.isBlank());
    }

    /** A sentence naming the table (by its fund, or its title) and saying it is empty (空表) before it ends. */
    private static boolean saidEmpty(List<TextLine> prose, ExtractedTable empty) {
        String subject = SUBJECTS.getOrDefault(empty.type(), Texts.withoutWhitespace(empty.title()));
        for (int i = 0; i < prose.size(); i++) {
            // a sentence may run on to the next line of the page
            String text = Texts.withoutWhitespace(prose.get(i).text()) + (i + 1 < prose.size() ? Texts.withoutWhitespace(prose.get(i + 1).text()) : "");
            int named = text.indexOf(subject);
            while (named >= 0) {
                int said = text.indexOf("空表", named);
                if (said >= 0 && text.substring(named, said).indexOf('。') < 0) {
                    return true;
                }
                named = text.indexOf(subject, named + 1);
            }
        }
        return false;
    }
}
