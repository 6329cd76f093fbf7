package org.budgetwatch.extraction.arithmetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;

/**
 * The identities a table's header states across its columns, read from the header paths: a 小计 (or a group's own
 * 合计) equals the other columns of its group ({@code 基本支出/小计 = 基本支出/人员经费 + 基本支出/公用经费}); the
 * table's 合计 equals its top-level parts, each group counted once (by its 小计, by the column named like the group or
 * "…总数", or else by all its columns), leaving out "其中" columns, which break a figure down rather than add to it.
 *
 * <p>Only headers that can be trusted are read: every group is a known budget heading, no character is an OCR
 * artefact and no 小计 stands outside a group. A table whose figures OCR printed with spaces may also have lost or
 * gained a cell, which shifts every identity: its identities are stated only where no figure column stands under a
 * label's heading and they fail in one row at most. Other tables state no column identities.
 */
public final class ColumnTotals {

    /** Column groups of the standard budget tables (the upper levels of their headers). */
    private static final Set<String> KNOWN_GROUPS = Set.of("本年收入", "当年预算", "本年拨款", "本年财政拨款", "财政拨款结转结余", "财政拨款结转",
            "上年结转", "上年结转结余", "基本支出", "项目支出", "本年预算数", "本年预算", "资金性质", "本年一般公共预算基本支出", "本年一般公共预算支出",
            "本年政府性基金预算支出", "本年国有资本经营预算支出", "其中", "其中：", "其中:", "财政拨款", "财政拨款收入", "其他资金", "支出部门经济分类科目",
            "部门支出经济分类科目", "部门预算支出经济分类科目", "资金来源");
    private static final Set<TableType> AMOUNT_TABLES = Set.of(TableType.REVENUE_SUMMARY, TableType.EXPENDITURE_SUMMARY,
            TableType.FISCAL_APPROPRIATION_SUMMARY, TableType.GENERAL_BUDGET_EXPENDITURE, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE,
            TableType.GOVERNMENT_FUND_EXPENDITURE, TableType.STATE_CAPITAL_EXPENDITURE, TableType.PROJECT_EXPENDITURE);
    private static final Pattern LABEL_HEADING = Pattern.compile(".*(编码|代码|名称|单位)");
    private static final Pattern CLEAN_HEADING = Pattern.compile("[\\p{IsHan}A-Za-z0-9（）()“”\"、：:·\\-]+");

    private ColumnTotals() {
    }

    /** "This column is the sum of those columns", as the header states it; empty when the header cannot be trusted. */
    public static List<ColumnSum> structure(ExtractedTable table) {
        if (!AMOUNT_TABLES.contains(table.type()) || !trustworthy(table)) {
            return List.of();
        }
        List<ColumnSum> sums = sums(table);
        return repaired(table) && !unshifted(table, sums) ? List.of() : sums;
    }

    private static List<ColumnSum> sums(ExtractedTable table) {
        List<TableColumn> columns = table.columns();
        List<ColumnSum> sums = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            TableColumn column = columns.get(i);
            if (!column.total()) {
                continue;
            }
            List<TableColumn> parts = groupTotal(column, columns) ? membersAfter(i, columns) : topLevelPartsAfter(i, columns);
            if (parts.size() >= 2) {
                sums.add(new ColumnSum(column, parts));
            }
        }
        return sums;
    }

    /** The column identities stated once per row where the total column has a figure and at least one part has one. */
    public static List<ColumnTotal> of(ExtractedTable table) {
        List<ColumnTotal> identities = new ArrayList<>();
        for (ColumnSum sum : structure(table)) {
            for (TableRow row : table.rows()) {
                inRow(table, row, sum.total(), sum.parts()).ifPresent(identities::add);
            }
        }
        return identities;
    }

    /**
     * "In this row, this column is the sum of those columns", when the total column has a figure and at least one
     * part has one (blank parts are not reported and add nothing).
     */
    public static Optional<ColumnTotal> inRow(ExtractedTable table, TableRow row, TableColumn totalColumn, List<TableColumn> partColumns) {
        PrintedAmount total = amount(row, totalColumn);
        if (total == null) {
            return Optional.empty();
        }
        List<TableColumn> used = new ArrayList<>();
        List<PrintedAmount> parts = new ArrayList<>();
        for (TableColumn part : partColumns) {
            PrintedAmount amount = amount(row, part);
            if (amount != null) {
                used.add(part);
                parts.add(amount);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new ColumnTotal(table, row, totalColumn, total, used, parts));
    }

    /** A column's header segments, spaces removed. */
    static List<String> segments(TableColumn column) {
        List<String> segments = new ArrayList<>(3);
        for (String segment : column.path().split("/", -1)) {
            segments.add(Texts.withoutWhitespace(segment));
        }
        return segments;
    }

    /** The last heading of a column's path, spaces removed: "基本支出/人员经费" → 人员经费. */
    public static String leaf(TableColumn column) {
        List<String> segments = segments(column);
        return segments.get(segments.size() - 1);
    }

    static String group(TableColumn column) {
        List<String> segments = segments(column);
        return segments.size() < 2 ? "" : segments.get(segments.size() - 2);
    }

    private static boolean trustworthy(ExtractedTable table) {
        for (TableColumn column : table.columns()) {
            List<String> segments = segments(column);
            for (int s = 0; s < segments.size(); s++) {
                String segment = segments.get(s);
                if (!CLEAN_HEADING.matcher(segment).matches() || segment.matches("列\\d+")) {
                    return false;
                }
                if (s < segments.size() - 1 && s == segments.size() - 2 && !KNOWN_GROUPS.contains(segment)) {
                    return false;
                }
            }
            if (column.total() && leaf(column).equals("小计") && group(column).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean repaired(ExtractedTable table) {
        return table.rows().stream().flatMap(r -> r.cells().stream()).map(TableCell::amount)
                .anyMatch(a -> a != null && !a.repairs().isEmpty());
    }

    /**
     * Whether a table whose figures OCR printed with spaces kept its columns where its header says: a column shifted
     * by a lost or an extra cell puts figures under a label's heading (项目单位, 科目名称) and breaks the sums of every
     * row, where a publisher's error breaks one.
     */
    private static boolean unshifted(ExtractedTable table, List<ColumnSum> sums) {
        if (table.columns().stream().anyMatch(c -> LABEL_HEADING.matcher(leaf(c)).matches())) {
            return false;
        }
        int failing = 0;
        for (TableRow row : table.rows()) {
            boolean holds = true;
            for (ColumnSum sum : sums) {
                Optional<ColumnTotal> identity = inRow(table, row, sum.total(), sum.parts());
                holds &= identity.isEmpty() || identity.get().holds();
            }
            failing += holds ? 0 : 1;
        }
        return failing <= 1;
    }

    /** A 小计, or a 合计 heading a group that holds no other total: it sums the rest of its group. */
    private static boolean groupTotal(TableColumn column, List<TableColumn> columns) {
        String group = group(column);
        if (group.isEmpty()) {
            return false;
        }
        if (leaf(column).equals("小计")) {
            return true;
        }
        return columns.stream().noneMatch(c -> c != column && c.total() && group(c).equals(group));
    }

    private static List<TableColumn> membersAfter(int index, List<TableColumn> columns) {
        String group = group(columns.get(index));
        List<TableColumn> members = new ArrayList<>();
        for (int j = index + 1; j < columns.size() && group(columns.get(j)).equals(group); j++) {
            TableColumn member = columns.get(j);
            if (!member.total() && !breakdown(leaf(member))) {
                members.add(member);
            }
        }
        return members;
    }

    private static List<TableColumn> topLevelPartsAfter(int index, List<TableColumn> columns) {
        List<TableColumn> parts = new ArrayList<>();
        int j = index + 1;
        while (j < columns.size()) {
            TableColumn column = columns.get(j);
            String group = group(column);
            if (group.isEmpty()) {
                if (column.total() && leaf(column).equals("合计")) {
                    break;
                }
                if (!breakdown(leaf(column))) {
                    parts.add(column);
                }
                j++;
                continue;
            }
            List<TableColumn> block = new ArrayList<>();
            while (j < columns.size() && group(columns.get(j)).equals(group)) {
                block.add(columns.get(j++));
            }
            if (!breakdown(group)) {
                parts.addAll(representative(group, block));
            }
        }
        return parts;
    }

    /** What stands for a group in its parent's sum: its 小计, a column named like it or "…总数", or all its columns. */
    private static List<TableColumn> representative(String group, List<TableColumn> block) {
        for (TableColumn column : block) {
            String leaf = leaf(column);
            if (column.total() || leaf.equals(group) || leaf.endsWith("总数") || leaf.endsWith("总额")) {
                return List.of(column);
            }
        }
        return block.stream().filter(c -> !breakdown(leaf(c))).toList();
    }

    /** "其中" (of which) and "扣除…后" (net of) columns restate part of a figure; they never add to a total. */
    private static boolean breakdown(String heading) {
        return heading.startsWith("其中") || heading.contains("扣除");
    }

    private static PrintedAmount amount(TableRow row, TableColumn column) {
        return row.cell(column.index()).map(TableCell::amount).orElse(null);
    }

    /** A total column and the columns it adds up. */
    public record ColumnSum(TableColumn total, List<TableColumn> parts) {

        public ColumnSum {
            parts = List.copyOf(parts);
        }
    }

    /** One row's instance of a column identity. */
    public record ColumnTotal(ExtractedTable table, TableRow row, TableColumn totalColumn, PrintedAmount total, List<TableColumn> partColumns,
                              List<PrintedAmount> parts) {

        public ColumnTotal {
            partColumns = List.copyOf(partColumns);
            parts = List.copyOf(parts);
        }

        /** The parts add up to the total within rounding. */
        public boolean holds() {
            Interval sum = Interval.ZERO;
            for (PrintedAmount part : parts) {
                sum = sum.plus(Interval.ofPrinted(part));
            }
            return sum.intersects(Interval.ofPrinted(total));
        }
    }
}
