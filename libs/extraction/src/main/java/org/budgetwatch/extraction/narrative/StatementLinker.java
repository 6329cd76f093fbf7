package org.budgetwatch.extraction.narrative;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;

/**
 * Finds the table row a statement's subject names: "卫生健康(类)支出" names the row 卫生健康支出; a path such as
 * "卫生健康支出-医疗保障管理事务-行政运行" names the 行政运行 row under the 卫生健康支出 class. Tables by function
 * are searched first, as the narrative mostly explains them.
 */
final class StatementLinker {

    private static final List<TableType> PREFERENCE = List.of(TableType.GENERAL_BUDGET_EXPENDITURE, TableType.EXPENDITURE_SUMMARY,
            TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableType.THREE_PUBLIC_COSTS, TableType.PROJECT_EXPENDITURE,
            TableType.FISCAL_APPROPRIATION_SUMMARY, TableType.REVENUE_EXPENDITURE_SUMMARY, TableType.REVENUE_SUMMARY);

    private final List<ExtractedTable> tables;

    StatementLinker(List<ExtractedTable> tables) {
        this.tables = tables.stream().sorted(Comparator.comparingInt(t -> rank(t.type()))).toList();
    }

    NarrativeStatement link(NarrativeStatement statement) {
        if (statement.subject() == null) {
            return statement;
        }
        String subject = normalise(statement.subject()).replaceAll("\\((类|款|项)\\)支出$", "支出");
        List<String> path = List.of(subject.split("[-－—]|\\((类|款|项)\\)"));
        String leaf = path.get(path.size() - 1).strip();
        String root = path.get(0).strip();
        if (leaf.isEmpty()) {
            return statement;
        }
        for (ExtractedTable table : tables) {
            Optional<TableRow> row = table.rows().stream()
                    .filter(r -> normalise(r.label()).equals(leaf) || normalise(r.label()).equals(leaf + "支出"))
                    .filter(r -> path.size() == 1 || r.code() == null || underClass(table, r, root))
                    .findFirst();
            if (row.isPresent()) {
                return statement.linkedTo(table.index(), row.get().index());
            }
        }
        return statement;
    }

    private static boolean underClass(ExtractedTable table, TableRow row, String rootName) {
        String classCode = row.code().length() >= 3 ? row.code().substring(0, 3) : row.code();
        List<TableRow> classRows = table.rows().stream().filter(r -> classCode.equals(r.code())).toList();
        // without its class row the table cannot contradict the path
        return classRows.isEmpty() || classRows.stream().anyMatch(r -> normalise(r.label()).startsWith(rootName.replace("支出", "")));
    }

    static String normalise(String text) {
        return text.replaceAll("[\\s　]", "").replace('（', '(').replace('）', ')').replaceAll("^[一二三四五六七八九十]+、", "");
    }

    private static int rank(TableType type) {
        int index = PREFERENCE.indexOf(type);
        return index < 0 ? PREFERENCE.size() : index;
    }
}
