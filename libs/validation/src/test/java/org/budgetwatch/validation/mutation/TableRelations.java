package org.budgetwatch.validation.mutation;

import static org.budgetwatch.validation.mutation.PrintedFigure.cellId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;

/**
 * The identities a table prints about itself, found from its figures and its rows' codes, without the validator's
 * rules: a total row and the rows of its block, a code and the codes one level below it, a column and the columns
 * that add up to it in every row. A candidate counts only where it holds, within rounding, in the document as
 * published: a relation that does not hold there is not one the publisher states (or it is an error already).
 */
final class TableRelations {

    /** Columns whose heading says they break a figure down (其中) or restate it (扣除…后): never parts of a sum. */
    private static final java.util.regex.Pattern BREAKDOWN = java.util.regex.Pattern.compile(".*(其中|扣除).*");
    private static final int MAX_PART_COLUMNS = 10;

    private final Function<String, Interval> values;
    private final Map<String, PrintedFigure> figures;

    TableRelations(Map<String, PrintedFigure> figures) {
        this.figures = figures;
        this.values = id -> figures.get(id).interval();
    }

    List<Relation> of(ExtractedTable table) {
        List<Relation> relations = new ArrayList<>();
        for (TableColumn column : table.columns()) {
            totalRows(table, column, relations);
            codeHierarchy(table, column, relations);
        }
        columnSums(table, relations);
        return relations;
    }

    /**
     * A total row is the sum of the rows of its block (the rows since the last total, or up to the next when it heads
     * the table): the block's top level of codes, all its rows, or its rows that have no sub-row, or the previous total
     * and the rows since it (收入总计 = 本年收入合计 + 上年结转).
     */
    private void totalRows(ExtractedTable table, TableColumn column, List<Relation> relations) {
        List<TableRow> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            TableRow total = rows.get(r);
            String totalId = id(table, total, column);
            if (!total.total() || totalId == null) {
                continue;
            }
            List<TableRow> block = block(rows, r);
            List<List<TableRow>> candidates = new ArrayList<>();
            candidates.add(block.stream().filter(p -> p.code() != null && block.stream().noneMatch(q -> ancestor(q, p))).toList());
            candidates.add(block);
            candidates.add(block.stream().filter(p -> block.stream().noneMatch(q -> ancestor(p, q))).toList());
            int previous = r - 1;
            while (previous >= 0 && !rows.get(previous).total()) {
                previous--;
            }
            if (previous >= 0) {
                candidates.add(rows.subList(previous, r));
            }
            for (List<TableRow> parts : candidates) {
                List<String> ids = ids(table, parts, column);
                if (!ids.isEmpty() && !ids.contains(totalId) && add(Relation.sum("total row", totalId, ids), relations)) {
                    break;
                }
            }
        }
    }

    /** A coded row is the sum of the rows below it one code level down (or, where they print no code, of the rows up to the next code). */
    private void codeHierarchy(ExtractedTable table, TableColumn column, List<Relation> relations) {
        List<TableRow> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            TableRow parent = rows.get(r);
            String parentId = id(table, parent, column);
            if (parent.code() == null || parent.total() || parentId == null) {
                continue;
            }
            List<TableRow> coded = new ArrayList<>();
            List<TableRow> uncoded = new ArrayList<>();
            for (int c = r + 1; c < rows.size(); c++) {
                TableRow row = rows.get(c);
                if (row.total() || row.code() != null && (!row.code().startsWith(parent.code()) || row.code().length() <= parent.code().length())) {
                    break;
                }
                if (row.code() == null && coded.isEmpty()) {
                    uncoded.add(row);
                } else if (row.code() != null && row.code().length() == parent.code().length() + 2) {
                    coded.add(row);
                }
            }
            for (List<TableRow> children : List.of(coded, uncoded)) {
                List<String> ids = ids(table, children, column);
                if (!ids.isEmpty() && add(Relation.sum("code hierarchy", parentId, ids), relations)) {
                    break;
                }
            }
        }
    }

    /**
     * A column is the sum of two or more columns to its right in every row where it prints a figure (合计 = 基本支出 +
     * 项目支出; 小计 = 人员经费 + 公用经费): each such set of columns found by trying them all, the columns that print
     * nothing and the 其中 columns left out.
     */
    private void columnSums(ExtractedTable table, List<Relation> relations) {
        List<TableColumn> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            TableColumn total = columns.get(i);
            List<TableColumn> candidates = columns.subList(i + 1, columns.size()).stream()
                    .filter(c -> !BREAKDOWN.matcher(c.path()).matches() && table.rows().stream().anyMatch(r -> id(table, r, c) != null))
                    .limit(MAX_PART_COLUMNS).toList();
            for (int mask = 1; mask < 1 << candidates.size(); mask++) {
                if (Integer.bitCount(mask) < 2) {
                    continue;
                }
                List<TableColumn> parts = new ArrayList<>();
                for (int b = 0; b < candidates.size(); b++) {
                    if ((mask & 1 << b) != 0) {
                        parts.add(candidates.get(b));
                    }
                }
                List<Relation> inRows = new ArrayList<>();
                boolean everyRow = true;
                for (TableRow row : table.rows()) {
                    String totalId = id(table, row, total);
                    if (totalId == null) {
                        continue;
                    }
                    List<String> ids = parts.stream().map(c -> id(table, row, c)).filter(java.util.Objects::nonNull).toList();
                    Relation relation = Relation.sum("column sum", totalId, ids);
                    if (ids.isEmpty() || !relation.holds(values)) {
                        everyRow = false;
                        break;
                    }
                    inRows.add(relation);
                }
                if (everyRow && !inRows.isEmpty() && inRows.stream().anyMatch(r -> r.right().size() >= 2)) {
                    relations.addAll(inRows);
                }
            }
        }
    }

    private boolean add(Relation relation, List<Relation> relations) {
        if (relation.holds(values)) {
            relations.add(relation);
            return true;
        }
        return false;
    }

    private static boolean ancestor(TableRow ancestor, TableRow row) {
        return ancestor != row && ancestor.code() != null && row.code() != null && row.code().length() > ancestor.code().length()
                && row.code().startsWith(ancestor.code());
    }

    private static List<TableRow> block(List<TableRow> rows, int totalIndex) {
        List<TableRow> block = new ArrayList<>();
        if (totalIndex == 0 || rows.get(totalIndex - 1).total()) {
            for (int r = totalIndex + 1; r < rows.size() && !rows.get(r).total(); r++) {
                block.add(rows.get(r));
            }
        } else {
            for (int r = totalIndex - 1; r >= 0 && !rows.get(r).total(); r--) {
                block.add(0, rows.get(r));
            }
        }
        return block;
    }

    private List<String> ids(ExtractedTable table, List<TableRow> rows, TableColumn column) {
        return rows.stream().map(r -> id(table, r, column)).filter(java.util.Objects::nonNull).toList();
    }

    private String id(ExtractedTable table, TableRow row, TableColumn column) {
        String id = cellId(table.index(), row.index(), column.index());
        return figures.containsKey(id) ? id : null;
    }
}
