package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.rules.SangongFigures.Figure;
import org.budgetwatch.validation.rules.SangongFigures.Item;

/**
 * SANGONG-NARR: the “三公” table and what the narrative says of it agree. ERROR when the table is printed empty while the
 * narrative states “三公” amounts, when the narrative puts the “三公” total at 0 while the table prints one, and when the
 * narrative's 公务用车购置费 is the table's 运行维护费 (or the other way round) while the two differ: the figures were
 * swapped. Other differences between a stated item and its cell are NARR-AMOUNT's. Statements about the year before, about
 * another account (a 预算 in a 决算) or about changes are not read. 0 vehicles with 运行维护费 above 0 is not a finding:
 * real budgets print it when cars are shared or leased.
 */
public final class SangongNarrRule implements Rule {

    public static final String ID = "SANGONG-NARR";
    private static final java.util.regex.Pattern NONE = java.util.regex.Pattern.compile(
            "(?:无|没有|未安排|不涉及|未发生)[^0-9]{0,4}?(“?\"?三公\"?”?经费|因公出国[（(]境[)）]费用?|公务接待费|公务用车购置及运行(?:维护)?费|公务用车购置费|公务用车运行(?:维护)?费)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "narrative";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        boolean finalAccounts = CompleteTablesRule.isFinalAccounts(document);
        List<ExtractedTable> tables = document.tables().stream().filter(t -> t.type() == TableType.THREE_PUBLIC_COSTS).toList();
        if (tables.size() != 1) {
            return; // none, or one per fund or unit: which one a sentence speaks of is not known
        }
        ExtractedTable table = tables.get(0);
        Map<Item, Figure> figures = SangongFigures.read(table, finalAccounts);
        if (!table.isBlank()) {
            saidNone(document, figures, sink);
        }
        List<Stated> stated = stated(document, finalAccounts);
        if (stated.isEmpty()) {
            return;
        }
        if (table.isBlank()) {
            stated.stream().filter(s -> s.amount().value().signum() > 0).findFirst()
                    .ifPresentOrElse(s -> sink.failed(emptyTable(table, s)), () -> sink.passed(ID));
            return;
        }
        for (Stated s : stated) {
            Figure own = figures.get(s.item());
            if (s.item() == Item.TOTAL && s.amount().value().signum() == 0 && own != null && own.amount() != null && own.amount().value().signum() > 0) {
                sink.failed(zeroTotal(s, own));
            } else if (s.item() == Item.PURCHASE || s.item() == Item.RUNNING) {
                Figure other = figures.get(s.item() == Item.PURCHASE ? Item.RUNNING : Item.PURCHASE);
                if (swapped(s.amount(), own, other)) {
                    sink.failed(swap(s, own, other));
                } else {
                    sink.passed(ID);
                }
            } else {
                sink.passed(ID);
            }
        }
    }

    /**
     * "本部门无“三公”经费预算", "2024年未安排因公出国（境）费": the narrative says there is none of an item whose cell the table
     * fills. Only a clause without amounts that denies the item itself counts: "与上年相比无变化" and "无公务用车" (no cars,
     * running costs may still be paid) do not.
     */
    private void saidNone(ExtractedDocument document, Map<Item, Figure> figures, CheckSink sink) {
        for (org.budgetwatch.extraction.model.TextLine line : document.prose()) {
            if (!line.text().contains("三公") && !line.text().contains("因公出国") && !line.text().contains("公务接待") && !line.text().contains("公务用车")) {
                continue;
            }
            for (String clause : line.text().split("[，,。；;]")) {
                java.util.regex.Matcher none = NONE.matcher(clause);
                if (!none.find() || clause.matches(".*([0-9]\\s*(亿元|万元|元|%)|变化|增|减|上年|去年).*")) {
                    continue;
                }
                Optional<Item> item = SangongFigures.item(none.group(1));
                Figure figure = item.map(figures::get).orElse(null);
                if (figure == null || figure.amount() == null) {
                    continue;
                }
                if (figure.amount().value().signum() > 0) {
                    String unit = NarrativeFigures.unitName(figure.table().unit());
                    String zh = "说明称“" + clause.strip() + "”，《" + figure.table().title() + "》" + item.get().zh + "为 " + figure.amount().printed() + unit;
                    String en = "the narrative says \"" + clause.strip() + "\" while " + figure.table().title() + " prints "
                            + figure.amount().printed() + " " + unit + " for " + item.get().name().toLowerCase();
                    sink.failed(new Finding(ID, category(), Severity.ERROR, zh, en, null, null, null, List.of(figure.amount().printed()),
                            List.of(new FindingLocation(null, null, null, null, null, null, null, null, line.line(), line.text(), line.page()),
                                    figure.location()), Fingerprints.of(ID, "none", line.line(), item.get()), ValueUnit.of(figure.table().unit())));
                } else {
                    sink.passed(ID);
                }
            }
        }
    }

    /** A statement about one “三公” item, with its amount. */
    private record Stated(NarrativeStatement statement, Item item, PrintedAmount amount) {
    }

    private static List<Stated> stated(ExtractedDocument document, boolean finalAccounts) {
        List<Stated> stated = new ArrayList<>();
        for (NarrativeStatement statement : document.statements()) {
            String subject = statement.subject();
            if (subject == null || subject.matches(".*(上年|去年|增加|减少|增长|下降|会议费|培训费|机关运行|占).*")
                    || subject.contains(finalAccounts ? "预算" : "决算") && !subject.contains(finalAccounts ? "决算" : "预算")) {
                continue;
            }
            Optional<Item> item = SangongFigures.item(subject);
            Optional<PrintedAmount> amount = Statements.value(statement, StatedValue.AMOUNT);
            if (item.isPresent() && amount.isPresent() && amount.get().unit().inYuan() != null) {
                stated.add(new Stated(statement, item.get(), amount.get()));
            }
        }
        return stated;
    }

    /** The stated figure is not its own cell's but the other part's, and the two cells differ. */
    private static boolean swapped(PrintedAmount stated, Figure own, Figure other) {
        if (other == null || other.amount() == null) {
            return false;
        }
        boolean ownPrinted = own != null && own.amount() != null;
        boolean matchesOwn = ownPrinted ? equal(stated, own) : stated.value().signum() == 0;
        boolean sameCells = ownPrinted && Interval.ofPrinted(own.amount()).intersects(Interval.ofPrinted(other.amount()));
        return !matchesOwn && equal(stated, other) && !sameCells;
    }

    private static boolean equal(PrintedAmount stated, Figure figure) {
        Interval a = Interval.ofPrinted(stated).times(stated.unit().inYuan());
        Interval b = Interval.ofPrinted(figure.amount()).times(figure.table().unit().inYuan());
        return a.intersects(b);
    }

    private Finding emptyTable(ExtractedTable table, Stated s) {
        String zh = "《" + table.title() + "》为空表，说明却称" + s.item().zh + " " + s.amount().printed() + NarrativeFigures.unitName(s.amount().unit());
        String en = table.title() + " is printed empty, yet the narrative states " + s.item().name().toLowerCase() + " of "
                + s.amount().printed() + " " + NarrativeFigures.unitName(s.amount().unit());
        Interval stated = Interval.ofPrinted(s.amount()).times(s.amount().unit().inYuan());
        FindingLocation where = new FindingLocation(table.index(), table.type(), table.title(), null, null, null, null, null,
                table.location().firstLine(), null, table.location().page());
        return new Finding(ID, category(), Severity.ERROR, zh, en, Interval.ZERO, stated, stated.distanceTo(Interval.ZERO),
                List.of(s.amount().printed()), List.of(Statements.location(s.statement()), where),
                Fingerprints.of(ID, "empty", table.index()), ValueUnit.YUAN);
    }

    private Finding zeroTotal(Stated s, Figure own) {
        String zh = "说明称“三公”经费为 0，《" + own.table().title() + "》合计为 " + own.amount().printed() + NarrativeFigures.unitName(own.table().unit());
        String en = "the narrative puts the “three public” costs at 0 while " + own.table().title() + " totals " + own.amount().printed() + " "
                + NarrativeFigures.unitName(own.table().unit());
        return finding(s, own, Severity.ERROR, zh, en, "zero");
    }

    private Finding swap(Stated s, Figure own, Figure other) {
        String unit = NarrativeFigures.unitName(own == null ? other.table().unit() : own.table().unit());
        String ownText = own == null || own.amount() == null ? "空白" : own.amount().printed() + unit;
        Item otherItem = s.item() == Item.PURCHASE ? Item.RUNNING : Item.PURCHASE;
        String zh = "说明中的" + s.item().zh + " " + s.amount().printed() + NarrativeFigures.unitName(s.amount().unit()) + " 是表中" + otherItem.zh
                + "的数额（" + other.amount().printed() + unit + "），表中" + s.item().zh + "为 " + ownText + "：购置费与运行维护费互换";
        String en = "the narrative's " + s.item().name().toLowerCase() + " " + s.amount().printed() + " is the table's other vehicle figure ("
                + other.amount().printed() + "), while the table's own is " + ownText + ": purchase and running costs swapped";
        return finding(s, other, Severity.ERROR, zh, en, "swap");
    }

    private Finding finding(Stated s, Figure figure, Severity severity, String zh, String en, String kind) {
        Interval stated = Interval.ofPrinted(s.amount()).times(s.amount().unit().inYuan());
        Interval printed = Interval.ofPrinted(figure.amount()).times(figure.table().unit().inYuan());
        return new Finding(ID, category(), severity, zh, en, printed, stated, stated.distanceTo(printed),
                List.of(s.amount().printed(), figure.amount().printed()), List.of(Statements.location(s.statement()), figure.location()),
                Fingerprints.of(ID, kind, s.statement().line(), s.item()), ValueUnit.YUAN);
    }
}
