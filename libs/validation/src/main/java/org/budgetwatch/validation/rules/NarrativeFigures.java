package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.StatementKind;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;

/**
 * What the narrative's amounts are compared with, for NARR-AMOUNT ({@link NarrAmountRule}) and UNIT-SCALE
 * ({@link UnitScaleRule}): an amount the narrative states must be the table's figure, in 元 after converting both
 * units, within rounding.
 * <ul>
 * <li>A subject that names a column of the expenditure tables (基本支出, 项目支出, 人员经费, 公用经费) is compared with
 * that column's total: a mismatch is certain.</li>
 * <li>A subject linked to a table row is compared with the row's figures (and those of the same item in the other
 * tables); a mismatch is inferred, since the column is.</li>
 * <li>A figure that matches once multiplied or divided by 10,000, or that is printed digit for digit in a table of
 * another unit, is a unit error rather than a mismatch.</li>
 * </ul>
 */
final class NarrativeFigures {

    private static final Set<String> COLUMN_SUBJECTS = Set.of("基本支出", "项目支出", "人员经费", "公用经费");
    private static final List<TableType> COLUMN_TABLES = List.of(TableType.GENERAL_BUDGET_BASIC_EXPENDITURE,
            TableType.GENERAL_BUDGET_EXPENDITURE, TableType.EXPENDITURE_SUMMARY);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /**
     * The comparisons of the document this thread compared last: NARR-AMOUNT and UNIT-SCALE run one after the other on
     * the same document, and the comparison is the costly part of both.
     */
    private static final ThreadLocal<Comparisons> LAST = new ThreadLocal<>();

    private NarrativeFigures() {
    }

    /** How a stated amount compares with the table figures it may be quoting. */
    enum Outcome { MATCH, MISMATCH, UNIT_SCALE }

    /**
     * @param target  the figure it matches, the one it has the unit wrong against, or the first candidate it differs from
     * @param certain whether the column was named (a certain mismatch) rather than inferred
     */
    record Comparison(NarrativeStatement statement, PrintedAmount stated, Outcome outcome, Target target, boolean certain) {
    }

    private record Comparisons(ExtractedDocument document, List<Comparison> list) {
    }

    /** Every narrative amount of the document that has a table figure to compare with, compared. */
    static List<Comparison> compare(ExtractedDocument document) {
        Comparisons last = LAST.get();
        if (last != null && last.document() == document) {
            return last.list();
        }
        List<Comparison> comparisons = new ArrayList<>();
        RowsByItem rowsByItem = new RowsByItem(document);
        for (NarrativeStatement statement : document.statements()) {
            if (statement.kind() != StatementKind.AMOUNT && statement.kind() != StatementKind.SHARE
                    && statement.kind() != StatementKind.YEAR_OVER_YEAR) {
                continue;
            }
            Optional<PrintedAmount> stated = Statements.value(statement, StatedValue.AMOUNT);
            if (stated.isEmpty() || stated.get().unit().inYuan() == null) {
                continue;
            }
            if (statement.subject() != null && COLUMN_SUBJECTS.contains(statement.subject())) {
                columnTotal(document, statement.subject())
                        .ifPresent(target -> comparisons.add(compareAny(document, statement, stated.get(), List.of(target), true)));
            } else if (statement.tableIndex() != null && table(document, statement.tableIndex()).isPresent()) {
                TableRow linked = table(document, statement.tableIndex()).get().rows().get(statement.rowIndex());
                List<Target> targets = sameRowEverywhere(document, rowsByItem, statement.tableIndex(), linked);
                if (!targets.isEmpty()) {
                    comparisons.add(compareAny(document, statement, stated.get(), targets, false));
                }
            }
        }
        List<Comparison> list = List.copyOf(comparisons);
        LAST.set(new Comparisons(document, list));
        return list;
    }

    /**
     * The figures of the linked row and of every row with the same code (or, without a code, the same label) in the
     * other tables, linked table first: the narrative may quote any of the tables that show the line item. Where a
     * table shows the item in several rows (by unit, by economic class), their sum per column is a figure too.
     */
    private static List<Target> sameRowEverywhere(ExtractedDocument document, RowsByItem rowsByItem, int linkedTable, TableRow linked) {
        List<Target> targets = new ArrayList<>();
        List<ExtractedTable> tables = new ArrayList<>(document.tables());
        tables.sort(java.util.Comparator.comparing(t -> t.index() != linkedTable));
        for (ExtractedTable table : tables) {
            if (table.unit().inYuan() == null) {
                continue;
            }
            List<TableRow> rows = rowsByItem.rows(table, linked);
            for (TableColumn column : table.columns()) {
                Interval sum = Interval.ZERO;
                List<String> printed = new ArrayList<>();
                for (TableRow row : rows) {
                    Optional<PrintedAmount> amount = row.cell(column.index()).map(TableCell::amount);
                    if (amount.isPresent()) {
                        targets.add(new Target(table, row, column, amount.get().printed(), Interval.ofPrinted(amount.get())));
                        sum = sum.plus(Interval.ofPrinted(amount.get()));
                        printed.add(amount.get().printed());
                    }
                }
                if (printed.size() > 1) {
                    targets.add(new Target(table, rows.get(0), column, String.join("+", printed), sum));
                }
            }
        }
        return targets;
    }

    /** Each table's rows by code and by label, read once per document rather than once per statement. */
    private static final class RowsByItem {
        // by identity: a table is a record, and its hash would walk every cell
        private final Map<ExtractedTable, Map<String, List<TableRow>>> byCode = new IdentityHashMap<>();
        private final Map<ExtractedTable, Map<String, List<TableRow>>> byLabel = new IdentityHashMap<>();

        RowsByItem(ExtractedDocument document) {
            for (ExtractedTable table : document.tables()) {
                Map<String, List<TableRow>> codes = byCode.computeIfAbsent(table, t -> new HashMap<>());
                Map<String, List<TableRow>> labels = byLabel.computeIfAbsent(table, t -> new HashMap<>());
                for (TableRow row : table.rows()) {
                    if (row.code() != null) {
                        codes.computeIfAbsent(row.code(), k -> new ArrayList<>()).add(row);
                    }
                    labels.computeIfAbsent(row.label(), k -> new ArrayList<>()).add(row);
                }
            }
        }

        /** The table's rows of the same item: the same code, or without a code the same label. */
        List<TableRow> rows(ExtractedTable table, TableRow linked) {
            Map<String, List<TableRow>> index = (linked.code() != null ? byCode : byLabel).get(table);
            return index.getOrDefault(linked.code() != null ? linked.code() : linked.label(), List.of());
        }
    }

    /** A figure of a table the narrative may be quoting: one cell, or the sum of the cells of one item. */
    record Target(ExtractedTable table, TableRow row, TableColumn column, String printed, Interval value) {
        Interval inYuan() {
            return value.times(table.unit().inYuan());
        }
    }

    /** The total row's figure in the column named like the subject, in the first expenditure table that has one. */
    private static Optional<Target> columnTotal(ExtractedDocument document, String subject) {
        for (TableType type : COLUMN_TABLES) {
            for (ExtractedTable table : document.tables()) {
                if (table.type() != type || table.unit().inYuan() == null) {
                    continue;
                }
                Optional<TableColumn> column = table.columns().stream()
                        .filter(c -> c.path().equals(subject) || c.path().endsWith("/" + subject)).findFirst();
                Optional<TableRow> total = table.rows().stream().filter(TableRow::total).findFirst();
                if (column.isPresent() && total.isPresent()) {
                    Optional<PrintedAmount> amount = total.get().cell(column.get().index()).map(TableCell::amount);
                    if (amount.isPresent()) {
                        return Optional.of(new Target(table, total.get(), column.get(), amount.get().printed(),
                                Interval.ofPrinted(amount.get())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Comparison compareAny(ExtractedDocument document, NarrativeStatement statement, PrintedAmount stated, List<Target> targets,
                                         boolean certain) {
        Interval statedYuan = Interval.ofPrinted(stated).times(stated.unit().inYuan());
        for (Target target : targets) {
            if (statedYuan.intersects(target.inYuan())) {
                return new Comparison(statement, stated, Outcome.MATCH, target, certain);
            }
        }
        for (Target target : targets) {
            if (statedYuan.times(TEN_THOUSAND).intersects(target.inYuan()) || statedYuan.intersects(target.inYuan().times(TEN_THOUSAND))) {
                return new Comparison(statement, stated, Outcome.UNIT_SCALE, target, certain);
            }
        }
        Optional<Target> sameDigits = sameDigitsOtherUnit(document, stated);
        if (sameDigits.isPresent()) {
            return new Comparison(statement, stated, Outcome.UNIT_SCALE, sameDigits.get(), certain);
        }
        return new Comparison(statement, stated, Outcome.MISMATCH, targets.get(0), certain);
    }

    /** The stated figure printed digit for digit in a table that uses another unit: the narrative has the unit wrong. */
    private static Optional<Target> sameDigitsOtherUnit(ExtractedDocument document, PrintedAmount stated) {
        if (stated.value().signum() == 0) {
            return Optional.empty();
        }
        for (ExtractedTable table : document.tables()) {
            if (table.unit() == stated.unit() || table.unit().inYuan() == null) {
                continue;
            }
            for (TableRow row : table.rows()) {
                for (TableColumn column : table.columns()) {
                    Optional<PrintedAmount> amount = row.cell(column.index()).map(TableCell::amount);
                    if (amount.isPresent() && amount.get().value().compareTo(stated.value()) == 0 && amount.get().scale() == stated.scale()) {
                        return Optional.of(new Target(table, row, column, amount.get().printed(), Interval.ofPrinted(amount.get())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A finding of a stated amount against a table figure: the statement and the cell, expected and actual in 元. */
    static Finding finding(String ruleId, String category, Severity severity, String zh, String en, NarrativeStatement statement, PrintedAmount stated,
                            Target target) {
        Interval actual = Interval.ofPrinted(stated).times(stated.unit().inYuan());
        Interval expected = target.inYuan();
        FindingLocation cell = Locations.cell(target.table(), target.row(), target.column());
        return new Finding(ruleId, category, severity, zh, en, expected, actual, actual.distanceTo(expected),
                List.of(stated.printed(), target.printed()), List.of(Statements.location(statement), cell),
                Fingerprints.of(ruleId, statement.line(), statement.subject(), target.table().index(), target.column().index()), ValueUnit.YUAN);
    }

    static String unitName(AmountUnit unit) {
        return switch (unit) {
            case YUAN -> "元";
            case WAN_YUAN -> "万元";
            case YI_YUAN -> "亿元";
            case UNKNOWN -> "";
        };
    }

    /** The table with this index, unless the validator withheld it as read with doubt. */
    private static Optional<ExtractedTable> table(ExtractedDocument document, int index) {
        return document.tables().stream().filter(t -> t.index() == index).findFirst();
    }
}
