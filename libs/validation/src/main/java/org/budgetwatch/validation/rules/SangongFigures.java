package org.budgetwatch.validation.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.report.FindingLocation;

/**
 * The “三公” figures of the year a “三公” table is about, for SANGONG-NARR ({@link SangongNarrRule}): total, 因公出国（境）费,
 * 公务接待费, 公务用车购置及运行维护费 and its two parts, read from a table laid out by rows (one row a figure) or by columns
 * (one column a figure, in its 合计 row or its only row). Columns of the year before, of changes, of other funds than the
 * first, and in a budget of 决算 (in a final account of 预算), are not the year's figures. A figure found ambiguously (two
 * columns for one item) is not found.
 */
final class SangongFigures {

    enum Item {
        TOTAL("“三公”经费合计"), ABROAD("因公出国（境）费"), RECEPTION("公务接待费"), VEHICLES("公务用车购置及运行维护费"),
        PURCHASE("公务用车购置费"), RUNNING("公务用车运行维护费");

        final String zh;

        Item(String zh) {
            this.zh = zh;
        }
    }

    /** A figure of the table: the cell, blank when printed blank. */
    record Figure(ExtractedTable table, TableRow row, TableColumn column, PrintedAmount amount) {

        FindingLocation location() {
            return Locations.cell(table, row, column);
        }
    }

    private static final Pattern OTHER_YEAR = Pattern.compile(".*(上年|去年|增减|增长|比上|变动).*");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern OTHER_FUND = Pattern.compile(".*(政府性基金|国有资本).*");
    private static final Pattern PURCHASE = Pattern.compile("^(其中[:：])?[（(]?[0-9一二三]?[)）、.]?(公务用车)?购置费?$");
    private static final Pattern RUNNING = Pattern.compile("^(其中[:：])?[（(]?[0-9一二三]?[)）、.]?(公务用车)?运行(维护|维修)?费$");

    private SangongFigures() {
    }

    /** The item a narrative subject (or a row or column heading) names, if it names one of them. */
    static Optional<Item> item(String words) {
        String w = Texts.withoutWhitespace(words);
        if (w.contains("因公出国")) {
            return Optional.of(Item.ABROAD);
        }
        if (w.contains("公务接待")) {
            return Optional.of(Item.RECEPTION);
        }
        if (w.contains("公务用车")) {
            boolean purchase = w.contains("购置");
            boolean running = w.contains("运行") || w.contains("运维");
            if (purchase && running || w.contains("公务用车费")) {
                return Optional.of(Item.VEHICLES);
            }
            return purchase ? Optional.of(Item.PURCHASE) : running ? Optional.of(Item.RUNNING) : Optional.empty();
        }
        // a heading of its own under the vehicles heading (购置费, 运行费); 运行经费 and 机关运行经费 are other things
        if (PURCHASE.matcher(w).matches()) {
            return Optional.of(Item.PURCHASE);
        }
        if (RUNNING.matcher(w).matches()) {
            return Optional.of(Item.RUNNING);
        }
        return w.contains("三公") ? Optional.of(Item.TOTAL) : Optional.empty();
    }

    /**
     * The “三公” figure a sentence states for the document's own year, where no table row is linked to it: the total
     * ("2024年“三公”经费预算数4.39万元", "我单位财政拨款“三公”经费预算安排3.61万元") or an item ("公务用车购置及运维费3.00万元"),
     * compared by NARR-AMOUNT with the “三公” table. Not a 0 (SANGONG-NARR's), not another year's figure or a change.
     */
    static Optional<Item> statedFigure(ExtractedDocument document, NarrativeStatement statement) {
        String subject = statement.subject();
        Optional<PrintedAmount> amount = Statements.value(statement, StatedValue.AMOUNT);
        if (subject == null || amount.isEmpty() || amount.get().value().signum() == 0 || OTHER_YEAR.matcher(subject).matches()
                || subject.matches(".*(决算|执行).*")) {
            return Optional.empty();
        }
        Integer year = document.metadata().fiscalYear();
        Matcher years = YEAR.matcher(subject);
        while (years.find()) {
            if (year == null || Integer.parseInt(years.group(1)) != year) {
                return Optional.empty();
            }
        }
        return item(subject);
    }

    static Map<Item, Figure> read(ExtractedTable table, boolean finalAccounts) {
        Map<Item, Figure> figures = new EnumMap<>(Item.class);
        List<TableColumn> columns = table.columns().stream().filter(c -> ofTheYear(c, finalAccounts)).toList();
        boolean byColumns = columns.stream().anyMatch(c -> columnItem(c).filter(i -> i == Item.ABROAD).isPresent())
                && columns.stream().anyMatch(c -> columnItem(c).filter(i -> i == Item.RECEPTION).isPresent());
        if (byColumns) {
            Optional<TableRow> row = table.rows().stream().filter(TableRow::total).findFirst()
                    .or(() -> table.rows().size() == 1 ? Optional.of(table.rows().get(0)) : Optional.empty());
            if (row.isEmpty()) {
                return figures;
            }
            for (Item item : Item.values()) {
                List<TableColumn> matching = columns.stream().filter(c -> columnItem(c).filter(i -> i == item).isPresent()).toList();
                if (matching.size() > 1 && item == Item.TOTAL) {
                    // 合计 of “三公”, 会议费 and 培训费 beside the “三公” 小计: the latter is the total
                    matching = matching.stream().filter(c -> c.path().contains("三公")).toList();
                }
                if (matching.size() == 1) {
                    figures.put(item, figure(table, row.get(), matching.get(0)));
                }
            }
            return figures;
        }
        Optional<TableColumn> main = columns.stream().filter(TableColumn::total).findFirst().or(() -> columns.stream().findFirst());
        if (main.isEmpty()) {
            return figures;
        }
        for (TableRow row : table.rows()) {
            Optional<Item> item = row.total() ? Optional.of(Item.TOTAL) : rowItem(row);
            if (item.isPresent() && !figures.containsKey(item.get())) {
                figures.put(item.get(), figure(table, row, main.get()));
            }
        }
        return figures;
    }

    private static Optional<Item> rowItem(TableRow row) {
        String name = TableFigures.name(row);
        if (PURCHASE.matcher(name).matches()) {
            return Optional.of(Item.PURCHASE);
        }
        if (RUNNING.matcher(name).matches()) {
            return Optional.of(Item.RUNNING);
        }
        return item(name).filter(i -> i != Item.TOTAL);
    }

    /**
     * The item a column holds: the deepest heading segment that names one (公务用车购置及运行维护费/公务用车购置费/一般公共预算 is
     * the 购置费); a 合计 or 小计 under the vehicles heading is the vehicles line, a first 合计 or a “三公” 小计 the total.
     */
    private static Optional<Item> columnItem(TableColumn column) {
        String[] segments = Texts.withoutWhitespace(column.path()).split("/");
        Optional<Item> found = Optional.empty();
        for (String segment : segments) {
            Optional<Item> item = segment.matches("^(小计|合计)$") ? Optional.empty()
                    : PURCHASE.matcher(segment).matches() ? Optional.of(Item.PURCHASE)
                    : RUNNING.matcher(segment).matches() ? Optional.of(Item.RUNNING) : item(segment);
            if (item.isPresent()) {
                found = item;
            }
        }
        String path = Texts.withoutWhitespace(column.path());
        if (found.isEmpty() && column.index() == 0 && column.total() && !path.contains("会议") && !path.contains("培训")) {
            return Optional.of(Item.TOTAL);
        }
        if (found.filter(i -> i == Item.TOTAL).isPresent() && !path.matches(".*(小计|合计|总额|预算数|决算数)$")) {
            return Optional.empty();
        }
        return found;
    }

    private static boolean ofTheYear(TableColumn column, boolean finalAccounts) {
        String path = Texts.withoutWhitespace(column.path());
        return !OTHER_YEAR.matcher(path).matches() && !OTHER_FUND.matcher(path).matches()
                && !path.contains(finalAccounts ? "预算" : "决算") && !path.contains("会议费") && !path.contains("培训费");
    }

    private static Figure figure(ExtractedTable table, TableRow row, TableColumn column) {
        return new Figure(table, row, column, row.cell(column.index()).map(TableCell::amount).orElse(null));
    }
}
