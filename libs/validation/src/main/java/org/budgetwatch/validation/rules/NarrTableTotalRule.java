package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;

/**
 * NARR-TABLE-TOTAL: the narrative's total of a table that lists items is that table's total — "政府采购总额 313.12 万元"
 * (and its 货物, 工程 and 服务 parts: "政府采购服务预算 313.12 万元") the 政府采购预算明细表's, "政府购买服务项目 2 项，预算总额
 * 212.79 万元" the 政府购买服务预算财政拨款明细表's, "共批复本部门项目预算 15 项，总额 38008.35 万元" the 项目支出表's
 * (北京市东城区医疗保障局 2024, pp. 28–29). The table is the document's one table of that kind; a stated 0 beside a table
 * that lists no such part agrees. Equal passes, rounding only is an INFO, anything else an ERROR.
 */
public final class NarrTableTotalRule implements Rule {

    public static final String ID = "NARR-TABLE-TOTAL";
    private static final Pattern BARE_TOTAL = Pattern.compile("^(预算)?(总额|总金额|合计|总计)(预算)?$");
    private static final Pattern PROCUREMENT = Pattern.compile("政府采购(总额|预算|合计|金额)|政府采购(货物|工程|服务)(预算|总额)?$");
    private static final List<String> PROCUREMENT_PARTS = List.of("货物", "工程", "服务");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "narrative";
    }

    /** What a sentence totals: a kind of table, and for procurement the part (货物, 工程, 服务) or null for all of it. */
    private record Listing(TableType type, String part) {
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        List<NarrativeStatement> statements = document.statements();
        for (int i = 0; i < statements.size(); i++) {
            NarrativeStatement statement = statements.get(i);
            Optional<PrintedAmount> stated = Statements.value(statement, StatedValue.AMOUNT);
            Optional<Listing> listing = listing(statements, i);
            if (statement.tableIndex() != null || stated.isEmpty() || stated.get().unit().inYuan() == null || listing.isEmpty()) {
                continue;
            }
            List<ExtractedTable> tables = document.tables().stream()
                    .filter(t -> t.type() == listing.get().type() && t.side() == TableSide.WHOLE && !t.isBlank() && t.unit().inYuan() != null
                            && !t.isForm() && !t.title().contains("绩效")).toList();
            if (tables.size() != 1) {
                continue; // none, or one per unit or fund: which one the sentence totals is not known
            }
            ExtractedTable table = tables.get(0);
            Optional<TableRow> row = listing.get().part() == null ? TableFigures.totalRow(table) : partRow(table, listing.get().part());
            Optional<TableColumn> column = TableFigures.grandTotalColumn(table).or(() -> table.columns().size() == 1 ? Optional.of(table.columns().get(0))
                    : Optional.empty());
            Optional<PrintedAmount> printed = row.flatMap(r -> column.flatMap(c -> r.cell(c.index()).map(TableCell::amount)));
            if (printed.isEmpty()) {
                if (listing.get().part() != null && stated.get().value().signum() == 0 && row.isEmpty()) {
                    sink.passed(ID); // "政府采购货物预算 0 万元" beside a table that lists no goods
                }
                continue;
            }
            compare(statement, stated.get(), table, row.get(), column.get(), printed.get(), sink);
        }
    }

    /**
     * The listing table a statement totals: a procurement total or part named in its words; a bare 总额 after a count of
     * 政府购买服务 or of 项目 in the same sentence.
     */
    private static Optional<Listing> listing(List<NarrativeStatement> statements, int index) {
        NarrativeStatement statement = statements.get(index);
        // the words before the figure: the subject as read drops 总额 ("政府采购总额 313.12 万元" has the subject 政府采购)
        Optional<PrintedAmount> amount = Statements.value(statement, StatedValue.AMOUNT);
        int figure = amount.map(a -> statement.text().indexOf(a.printed())).orElse(-1);
        String subject = Texts.withoutWhitespace(figure < 0 ? java.util.Objects.toString(statement.subject(), "") : statement.text().substring(0, figure))
                .replaceFirst("^其中[:：]?", "");
        if (subject.contains("购买服务")) {
            return BARE_TOTAL.matcher(subject.replaceAll(".*购买服务(项目)?", "")).matches() ? Optional.of(new Listing(TableType.PURCHASED_SERVICES, null))
                    : Optional.empty();
        }
        java.util.regex.Matcher procurement = PROCUREMENT.matcher(subject);
        if (procurement.find()) {
            String part = PROCUREMENT_PARTS.stream().filter(p -> subject.endsWith("政府采购" + p) || subject.contains("政府采购" + p + "预算")
                    || subject.contains("政府采购" + p + "总额")).findFirst().orElse(null);
            return Optional.of(new Listing(TableType.GOVERNMENT_PROCUREMENT, part));
        }
        if (!BARE_TOTAL.matcher(subject).matches() || index == 0) {
            return Optional.empty();
        }
        NarrativeStatement count = statements.get(index - 1);
        if (count.line() != statement.line() || count.kind() != StatementKind.COUNT) {
            return Optional.empty();
        }
        String counted = Texts.withoutWhitespace(count.text());
        if (counted.contains("购买服务")) {
            return Optional.of(new Listing(TableType.PURCHASED_SERVICES, null));
        }
        return counted.matches(".*项目(预算)?\\d+(项|个).*") && !counted.contains("绩效") ? Optional.of(new Listing(TableType.PROJECT_EXPENDITURE, null))
                : Optional.empty();
    }

    /** The procurement table's row of a part: 货物 (A), 工程 (B), 服务 (C), by its name ("C-服务", "服务类"). */
    private static Optional<TableRow> partRow(ExtractedTable table, String part) {
        List<TableRow> rows = table.rows().stream().filter(r -> !r.total() && Texts.withoutWhitespace(r.label()).matches("^([A-C][-－.、]?)?" + part + "类?$"))
                .toList();
        return rows.size() == 1 ? Optional.of(rows.get(0)) : Optional.empty();
    }

    private void compare(NarrativeStatement statement, PrintedAmount stated, ExtractedTable table, TableRow row, TableColumn column, PrintedAmount printed,
                         CheckSink sink) {
        Interval statedYuan = Interval.ofPrinted(stated).times(stated.unit().inYuan());
        Interval tableYuan = Interval.ofPrinted(printed).times(table.unit().inYuan());
        BigDecimal exactStated = stated.value().multiply(stated.unit().inYuan());
        BigDecimal exactTable = printed.value().multiply(table.unit().inYuan());
        if (exactStated.compareTo(exactTable) == 0) {
            sink.passed(ID);
            return;
        }
        boolean rounding = statedYuan.intersects(tableYuan);
        String where = "《" + table.title() + "》" + Texts.withoutWhitespace(row.label());
        String zh = "说明中的“" + statement.subject() + "”为 " + stated.printed() + NarrativeFigures.unitName(stated.unit()) + "，" + where + "为 "
                + printed.printed() + NarrativeFigures.unitName(table.unit()) + (rounding ? "，相差在四舍五入范围内" : "");
        String en = "the narrative's \"" + statement.subject() + "\" is " + stated.printed() + " " + stated.unit() + (rounding ? ", within rounding of " : " but ")
                + table.title() + " (" + row.label() + ") prints " + printed.printed() + " " + table.unit();
        List<FindingLocation> locations = new ArrayList<>(List.of(Statements.location(statement), Locations.cell(table, row, column)));
        Finding finding = new Finding(ID, category(), rounding ? Severity.INFO : Severity.ERROR, zh, en, tableYuan, statedYuan, statedYuan.distanceTo(tableYuan),
                List.of(stated.printed(), printed.printed()), locations, Fingerprints.of(ID, statement.line(), statement.subject(), table.index()), ValueUnit.YUAN);
        if (rounding) {
            sink.passedWithinRounding(finding);
        } else {
            sink.failed(finding);
        }
    }
}
