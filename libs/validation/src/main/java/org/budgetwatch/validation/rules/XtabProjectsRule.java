package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;

/**
 * XTAB-PROJECTS: the 项目支出 of the 支出总表 (its total row, 项目支出 column) equals the 合计 of the 项目支出表. Both
 * count every source of funds, so carried-over appropriations appear on both sides.
 */
public final class XtabProjectsRule extends IdentityRule {

    public static final String ID = "XTAB-PROJECTS";

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
        Optional<ExtractedTable> expenditure = TableFigures.first(document, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE);
        Optional<ExtractedTable> projects = document.tables().stream()
                .filter(t -> t.type() == TableType.PROJECT_EXPENDITURE && TableFigures.grandTotal(t).isPresent()).findFirst();
        if (expenditure.isEmpty() || projects.isEmpty()) {
            return identities;
        }
        Optional<TableColumn> projectColumn = TableFigures.column(expenditure.get(), p -> p.equals("项目支出"));
        Optional<TableFigures.Figure> stated = projectColumn.flatMap(c -> TableFigures.totalRow(expenditure.get())
                .flatMap(r -> TableFigures.cell(expenditure.get(), r, c)));
        Optional<TableFigures.Figure> listed = TableFigures.grandTotal(projects.get());
        if (stated.isPresent() && listed.isPresent()) {
            identities.add(Addition.between(stated.get(), listed.get(), List.of("projects")));
        }
        return identities;
    }
}
