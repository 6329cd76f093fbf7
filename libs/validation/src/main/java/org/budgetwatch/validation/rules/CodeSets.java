package org.budgetwatch.validation.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.table.Texts;

/**
 * The classification codes a table prints, each with whether it carries an amount in the columns that matter (a
 * 支出总表's figures of the year, a 一般公共预算支出表's 基本支出 columns), for comparing the sets of codes two tables
 * list. A code printed in several places (one block per budget unit) has an amount when any of its rows has one.
 */
final class CodeSets {

    /** Which classification a table's rows are coded in. */
    enum Family {
        FUNCTION, ECONOMIC;

        static Optional<Family> of(TableRow row) {
            if (row.code() == null) {
                return Optional.empty();
            }
            return switch (row.codeKind()) {
                case FUNCTION -> Optional.of(FUNCTION);
                case DEPARTMENT_ECONOMIC, GOVERNMENT_ECONOMIC -> Optional.of(ECONOMIC);
                default -> Optional.empty();
            };
        }
    }

    /** A code as a table prints it: its first row, and the first amount other than 0 its rows print in the columns read. */
    record Entry(String code, TableRow row, PrintedAmount amount) {

        boolean hasAmount() {
            return amount != null;
        }
    }

    private final ExtractedTable table;
    private final Family family;
    private final Map<String, Entry> entries;

    private CodeSets(ExtractedTable table, Family family, Map<String, Entry> entries) {
        this.table = table;
        this.family = family;
        this.entries = entries;
    }

    /** The table's codes of its classification, amounts read in the columns the test accepts; empty when it has none. */
    static Optional<CodeSets> read(ExtractedTable table, Predicate<TableColumn> columns) {
        Optional<Family> family = family(table);
        if (family.isEmpty()) {
            return Optional.empty();
        }
        List<TableColumn> read = table.columns().stream().filter(columns).toList();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (TableRow row : table.rows()) {
            if (row.total() || Family.of(row).filter(family.get()::equals).isEmpty() || NameCodeRule.organisation(row.label())) {
                continue;
            }
            PrintedAmount amount = read.stream().map(c -> row.cell(c.index()).map(TableCell::amount))
                    .flatMap(Optional::stream).filter(a -> a.value().signum() != 0).findFirst().orElse(null);
            entries.merge(row.code(), new Entry(row.code(), row, amount),
                    (first, next) -> first.hasAmount() ? first : new Entry(first.code(), first.row(), next.amount()));
        }
        return Optional.of(new CodeSets(table, family.get(), entries));
    }

    /** Columns holding the document's year's figures (not 2025年执行数, a 增减 or a rate). */
    static Predicate<TableColumn> ofTheYear(ExtractedDocument document) {
        Integer year = document.metadata().fiscalYear();
        return column -> TableFigures.ofTheYear(column, year);
    }

    /** The classification most of a table's coded rows use, when at least three rows are coded in it. */
    static Optional<Family> family(ExtractedTable table) {
        Map<Family, Integer> counts = new LinkedHashMap<>();
        for (TableRow row : table.rows()) {
            Family.of(row).ifPresent(f -> counts.merge(f, 1, Integer::sum));
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    ExtractedTable table() {
        return table;
    }

    Family family() {
        return family;
    }

    List<Entry> withAmounts() {
        return entries.values().stream().filter(Entry::hasAmount).toList();
    }

    Optional<Entry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** Whether the table prints codes of this length (类 3, 款 5, 项 7 digits): a 款 is not missing from a table of 类. */
    boolean printsLevelOf(String code) {
        return entries.keySet().stream().anyMatch(c -> c.length() == code.length());
    }

    /**
     * Whether a row without a code may be this code: the reader sometimes keeps a row's name but loses its code (OCR), and
     * names are cut where their cell wraps ("其他人力资源和社会" for 其他人力资源和社会保障管理事务支出).
     */
    boolean hasUncodedRowNamed(String name) {
        String wanted = CodeNames.clean(name);
        return !wanted.isEmpty() && table.rows().stream().filter(r -> r.code() == null && !r.total()).map(r -> CodeNames.clean(r.label()))
                .anyMatch(label -> label.length() >= 2 && (wanted.startsWith(label) || label.startsWith(wanted)));
    }

    /** "2080505 机关事业单位基本养老保险缴费支出（66.19）": the code, its printed name and its amount. */
    static String describe(Entry entry) {
        String name = entry.code() + " " + Texts.withoutWhitespace(entry.row().label());
        return entry.hasAmount() ? name + "（" + entry.amount().printed() + "）" : name;
    }
}
