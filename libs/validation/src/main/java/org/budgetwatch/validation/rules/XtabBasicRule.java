package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;

/**
 * XTAB-BASIC: the 基本支出 of the 一般公共预算支出表 (its total row, 基本支出 column) equals the 合计 of the
 * 一般公共预算基本支出表, and its 人员经费 and 公用经费 columns equal the basic table's columns of the same name.
 */
public final class XtabBasicRule extends IdentityRule {

    public static final String ID = "XTAB-BASIC";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "cross-table";
    }

    @Override
    List<Addition> identities(ExtractedDocument document) {
        List<Addition> identities = new ArrayList<>();
        Optional<ExtractedTable> general = TableFigures.first(document, TableType.GENERAL_BUDGET_EXPENDITURE, TableSide.WHOLE);
        Optional<ExtractedTable> basic = TableFigures.first(document, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableSide.WHOLE);
        if (general.isEmpty() || basic.isEmpty()) {
            return identities;
        }
        Optional<TableRow> generalTotal = TableFigures.totalRow(general.get());
        Optional<TableRow> basicTotal = TableFigures.totalRow(basic.get());
        if (generalTotal.isEmpty() || basicTotal.isEmpty()) {
            return identities;
        }
        Optional<TableColumn> basicColumn = TableFigures.column(general.get(),
                p -> p.endsWith("基本支出") || p.endsWith("基本支出/小计") || p.endsWith("基本支出/合计"));
        pair(identities, general.get(), generalTotal.get(), basicColumn, basic.get(), basicTotal.get(), TableFigures.grandTotalColumn(basic.get()),
                "basic");
        for (String part : List.of("人员经费", "公用经费")) {
            pair(identities, general.get(), generalTotal.get(), TableFigures.column(general.get(), p -> p.endsWith(part)), basic.get(),
                    basicTotal.get(), TableFigures.column(basic.get(), p -> p.endsWith(part)), part);
        }
        return identities;
    }

    private static void pair(List<Addition> identities, ExtractedTable left, TableRow leftRow, Optional<TableColumn> leftColumn,
                             ExtractedTable right, TableRow rightRow, Optional<TableColumn> rightColumn, String which) {
        if (leftColumn.isEmpty() || rightColumn.isEmpty()) {
            return;
        }
        Optional<TableFigures.Figure> a = TableFigures.cell(left, leftRow, leftColumn.get());
        Optional<TableFigures.Figure> b = TableFigures.cell(right, rightRow, rightColumn.get());
        if (a.isPresent() && b.isPresent()) {
            identities.add(Addition.between(a.get(), b.get(), List.of(which)));
        }
    }
}
