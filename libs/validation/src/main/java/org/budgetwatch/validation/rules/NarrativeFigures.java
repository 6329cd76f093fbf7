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
import org.budgetwatch.extraction.table.Texts;
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
 * that column's total in the tables of the sentence's scope ({@link NarrativeScope}: the department's 支出总表, or the
 * general budget's tables): a mismatch is certain. Where the scope is not stated, every such table is a candidate, and
 * a figure that matches none is certainly wrong only when the candidates agree; otherwise which one it quotes is
 * unclear (INFO). A scope none of whose tables shows the column is compared like an unstated one, certainly only where
 * the department's whole is the general budget's ({@link ScopedPart#departmentIsGeneralBudget}). A subject may name the
 * part with its fund ("一般公共预算基本支出", {@link ScopedPart}) or with no fund at all ("2024 年部门项目支出": the
 * department's).</li>
 * <li>A subject linked to a table row is compared with the row's figures (and those of the same item in the other
 * tables); a mismatch is inferred, since the column is, and is reported only against a figure of the document's own
 * year (not a prior year's 执行数, a 增减 or a rate). A “三公” item (因公出国（境）费 …) is the “三公” table's figure: the
 * 基本支出 table's economic line of the same name holds only its basic part. A stated 0 against a row left blank
 * where it could be quoting is no contradiction. A “三公” figure no row is linked to (the total, "公务用车购置及运维费
 * 3.00万元") is the document's one “三公” table's, the mismatch inferred.</li>
 * <li>A figure that matches once multiplied or divided by 10,000, or that is printed digit for digit in a table of
 * another unit, is a unit error rather than a mismatch.</li>
 * </ul>
 */
final class NarrativeFigures {

    private static final Set<String> COLUMN_SUBJECTS = Set.of("基本支出", "项目支出", "人员经费", "公用经费");
    /** 基本支出/小计, 本年预算数/基本支出/合计: the subtotal of the group a subject names. */
    private static final java.util.regex.Pattern SUBTOTAL = java.util.regex.Pattern.compile(".*/(小计|合计|总计)");
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
     * @param certainty how sure a mismatch is that it compares the figure the narrative quotes
     */
    record Comparison(NarrativeStatement statement, PrintedAmount stated, Outcome outcome, Target target, Certainty certainty) {
    }

    /** A mismatch against a column the sentence names, against a column inferred, or against candidates that disagree. */
    enum Certainty { CERTAIN, INFERRED, UNCLEAR }

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
        List<NarrativeStatement> statements = document.statements();
        for (int i = 0; i < statements.size(); i++) {
            NarrativeStatement statement = statements.get(i);
            if (statement.kind() != StatementKind.AMOUNT && statement.kind() != StatementKind.SHARE
                    && statement.kind() != StatementKind.YEAR_OVER_YEAR) {
                continue;
            }
            Optional<PrintedAmount> stated = Statements.value(statement, StatedValue.AMOUNT);
            if (stated.isEmpty() || stated.get().unit().inYuan() == null) {
                continue;
            }
            Optional<ScopedPart> part = statement.subject() != null && COLUMN_SUBJECTS.contains(statement.subject())
                    ? Optional.of(new ScopedPart(statement.subject(), NarrativeScope.ofPart(statements, i, COLUMN_SUBJECTS)))
                    : ScopedPart.of(statement.subject(), COLUMN_SUBJECTS);
            if (part.isPresent()) {
                NarrativeScope scope = part.get().scope();
                List<Target> targets = columnTotals(document, part.get().part(), scope.tables(document));
                Certainty certainty = scope != NarrativeScope.UNKNOWN || agree(targets) ? Certainty.CERTAIN : Certainty.UNCLEAR;
                if (targets.isEmpty() && scope != NarrativeScope.UNKNOWN) {
                    // no table of the sentence's scope shows the column: the other tables may still show the same figure,
                    // certainly so where the department's whole is the general budget's
                    targets = columnTotals(document, part.get().part(), NarrativeScope.UNKNOWN.tables(document));
                    certainty = scope == NarrativeScope.DEPARTMENT && ScopedPart.departmentIsGeneralBudget(document) && agree(targets)
                            ? Certainty.CERTAIN : Certainty.UNCLEAR;
                }
                if (!targets.isEmpty()) {
                    comparisons.add(compareAny(document, statement, stated.get(), targets, targets, certainty));
                }
            } else if (statement.tableIndex() != null && table(document, statement.tableIndex()).isPresent()) {
                linkedRow(document, rowsByItem, statement, stated.get()).ifPresent(comparisons::add);
            } else if (SangongFigures.statedFigure(document, statement).isPresent()) {
                // only against the column of the document's own year (Yantai 2026 p.29's table prints 2025年预算数 too)
                List<Target> table = sangongTargets(document, SangongFigures.statedFigure(document, statement).get());
                if (table.size() == 1 && TableFigures.ofTheYear(table.get(0).column(), document.metadata().fiscalYear())) {
                    comparisons.add(compareAny(document, statement, stated.get(), table, table, Certainty.INFERRED));
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

    /**
     * The total row's figure in the column named like the subject (基本支出, or the subtotal 基本支出/小计), in the first
     * table of each type that has one.
     */
    static List<Target> columnTotals(ExtractedDocument document, String subject, List<TableType> types) {
        Integer year = document.metadata().fiscalYear();
        List<Target> targets = new ArrayList<>();
        for (TableType type : types) {
            for (ExtractedTable table : document.tables()) {
                if (table.type() != type || table.unit().inYuan() == null) {
                    continue;
                }
                Optional<TableColumn> column = table.columns().stream().filter(c -> names(c, subject) && TableFigures.ofTheYear(c, year)).findFirst();
                Optional<TableRow> total = table.rows().stream().filter(TableRow::total).findFirst();
                Optional<PrintedAmount> amount = column.flatMap(c -> total.flatMap(t -> t.cell(c.index()).map(TableCell::amount)));
                if (amount.isPresent()) {
                    targets.add(new Target(table, total.get(), column.get(), amount.get().printed(), Interval.ofPrinted(amount.get())));
                    break;
                }
            }
        }
        return targets;
    }

    private static boolean names(TableColumn column, String subject) {
        String path = Texts.withoutWhitespace(column.path());
        // 人员经费 and 公用经费 are headed 人员经费支出 and 公用经费支出 in some templates (西安市财政局 2026 预算表6)
        String spent = subject.endsWith("经费") ? subject + "支出" : subject;
        return path.equals(subject) || path.endsWith("/" + subject) || path.equals(spent) || path.endsWith("/" + spent)
                || SUBTOTAL.matcher(path).matches() && path.contains(subject + "/");
    }

    /** Whether the candidates all stand for the same figure, so that one differing from all differs from the one meant. */
    private static boolean agree(List<Target> targets) {
        return targets.stream().allMatch(t -> targets.stream().allMatch(u -> t.inYuan().intersects(u.inYuan())));
    }

    /**
     * A statement linked to a table row against that row (and the same item in the other tables), a “三公” item against
     * the “三公” table too. Nothing when the row has no figure of the document's year to report a mismatch against.
     */
    private static Optional<Comparison> linkedRow(ExtractedDocument document, RowsByItem rowsByItem, NarrativeStatement statement,
                                                  PrintedAmount stated) {
        ExtractedTable linkedTable = table(document, statement.tableIndex()).orElseThrow();
        TableRow linked = linkedTable.rows().get(statement.rowIndex());
        Integer year = document.metadata().fiscalYear();
        Optional<SangongFigures.Item> item = SangongFigures.item(java.util.Objects.toString(statement.subject(), ""))
                .filter(i -> i != SangongFigures.Item.TOTAL);
        List<Target> sangong = item.map(i -> sangongTargets(document, i)).orElse(List.of());
        List<Target> targets = new ArrayList<>(sangong);
        targets.addAll(sameRowEverywhere(document, rowsByItem, statement.tableIndex(), linked));
        List<Target> reportable = (sangong.isEmpty() ? targets : sangong).stream().filter(t -> TableFigures.ofTheYear(t.column(), year)).toList();
        if (targets.isEmpty() || reportable.isEmpty()) {
            return Optional.empty();
        }
        // a “三公” item found only in an economic line of the 基本支出 table: that line holds its basic part alone
        boolean basicOnly = item.isPresent() && sangong.isEmpty();
        boolean zeroAgainstBlank = stated.value().signum() == 0 && linkedTable.columns().stream()
                .anyMatch(c -> TableFigures.ofTheYear(c, year) && linked.cell(c.index()).map(TableCell::amount).isEmpty());
        Certainty certainty = basicOnly || zeroAgainstBlank ? Certainty.UNCLEAR : Certainty.INFERRED;
        return Optional.of(compareAny(document, statement, stated, targets, reportable, certainty));
    }

    /** The “三公” tables' figures of one item for the document's year ({@link SangongFigures}). */
    private static List<Target> sangongTargets(ExtractedDocument document, SangongFigures.Item item) {
        List<Target> targets = new ArrayList<>();
        for (ExtractedTable table : document.tables()) {
            if (table.type() != TableType.THREE_PUBLIC_COSTS || table.unit().inYuan() == null) {
                continue;
            }
            SangongFigures.Figure figure = SangongFigures.read(table, CompleteTablesRule.isFinalAccounts(document)).get(item);
            if (figure != null && figure.amount() != null) {
                targets.add(new Target(table, figure.row(), figure.column(), figure.amount().printed(), Interval.ofPrinted(figure.amount())));
            }
        }
        return targets;
    }

    /**
     * The stated figure against every candidate; a unit error or a mismatch is reported against the reportable ones
     * only. A 0 is 0 in every unit: never a unit error.
     */
    private static Comparison compareAny(ExtractedDocument document, NarrativeStatement statement, PrintedAmount stated, List<Target> candidates,
                                         List<Target> reportable, Certainty certainty) {
        Interval statedYuan = Interval.ofPrinted(stated).times(stated.unit().inYuan());
        for (Target target : candidates) {
            if (statedYuan.intersects(target.inYuan())) {
                return new Comparison(statement, stated, Outcome.MATCH, target, certainty);
            }
        }
        if (stated.value().signum() != 0) {
            for (Target target : reportable) {
                if (statedYuan.times(TEN_THOUSAND).intersects(target.inYuan()) || statedYuan.intersects(target.inYuan().times(TEN_THOUSAND))) {
                    return new Comparison(statement, stated, Outcome.UNIT_SCALE, target, certainty);
                }
            }
        }
        Optional<Target> sameDigits = sameDigitsOtherUnit(document, stated);
        if (sameDigits.isPresent()) {
            return new Comparison(statement, stated, Outcome.UNIT_SCALE, sameDigits.get(), certainty);
        }
        return new Comparison(statement, stated, Outcome.MISMATCH, reportable.get(0), certainty);
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
