package org.budgetwatch.extraction.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;

/**
 * Finds the table row a statement's subject names: "卫生健康(类)支出" names the row 卫生健康支出; a path such as
 * "卫生健康支出-医疗保障管理事务-行政运行" names the 行政运行 row under the 卫生健康支出 class. Tables by function
 * are searched first, as the narrative mostly explains them. Row labels are indexed once per document.
 */
final class StatementLinker {

    private static final List<TableType> PREFERENCE = List.of(TableType.GENERAL_BUDGET_EXPENDITURE, TableType.EXPENDITURE_SUMMARY,
            TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableType.THREE_PUBLIC_COSTS, TableType.PROJECT_EXPENDITURE,
            TableType.FISCAL_APPROPRIATION_SUMMARY, TableType.REVENUE_EXPENDITURE_SUMMARY, TableType.REVENUE_SUMMARY);
    private static final Pattern LEVEL_THEN_EXPENDITURE = Pattern.compile("\\((类|款|项)\\)支出$");
    private static final Pattern PATH_SEPARATOR = Pattern.compile("[-－—]|\\((类|款|项)\\)");
    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");

    private record Candidate(ExtractedTable table, TableRow row) {
    }

    /** Normalised label → rows carrying it, tables in order of preference. */
    private final Map<String, List<Candidate>> byLabel = new HashMap<>();

    StatementLinker(List<ExtractedTable> tables) {
        for (ExtractedTable table : tables.stream().sorted(Comparator.comparingInt(t -> rank(t.type()))).toList()) {
            for (TableRow row : table.rows()) {
                byLabel.computeIfAbsent(normalise(row.label()), k -> new ArrayList<>()).add(new Candidate(table, row));
            }
        }
    }

    NarrativeStatement link(NarrativeStatement statement) {
        if (statement.subject() == null) {
            return statement;
        }
        String subject = LEVEL_THEN_EXPENDITURE.matcher(normalise(statement.subject())).replaceAll("支出");
        String[] path = PATH_SEPARATOR.split(subject);
        if (path.length == 0) {
            return statement;
        }
        String leaf = path[path.length - 1].strip();
        String root = path[0].strip();
        if (leaf.isEmpty()) {
            return statement;
        }
        List<Candidate> candidates = new ArrayList<>(byLabel.getOrDefault(leaf, List.of()));
        candidates.addAll(byLabel.getOrDefault(leaf + "支出", List.of()));
        candidates.sort(Comparator.comparingInt(c -> rank(c.table().type())));
        for (Candidate candidate : candidates) {
            if (path.length == 1 || candidate.row().code() == null || underClass(candidate.table(), candidate.row(), root)) {
                return statement.linkedTo(candidate.table().index(), candidate.row().index());
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
        return ORDINAL.matcher(Texts.withoutWhitespace(text).replace('（', '(').replace('）', ')')).replaceAll("");
    }

    private static int rank(TableType type) {
        int index = PREFERENCE.indexOf(type);
        return index < 0 ? PREFERENCE.size() : index;
    }
}
