package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.rules.CodeSets.Entry;
import org.budgetwatch.validation.rules.CodeSets.Family;

/**
 * XTAB-CODES: tables that print the same classification list the same codes. A code with an amount in one and missing
 * from the other (or printed there without an amount) is a finding:
 * <ul>
 * <li>the 收入总表 by function and the 支出总表, both ways (in a 决算 an INFO: income of the year and spending of what
 * was carried over legitimately differ);</li>
 * <li>each fund's table (一般公共预算, 政府性基金, 国有资本经营) against the 支出总表, which spends every fund;</li>
 * <li>the 一般公共预算支出表's 基本支出 columns and the basic-expenditure table in the same classification, both ways
 * (one way where the general table has no 基本支出 column: every basic code is in it);</li>
 * <li>each class (类) a fund's table spends on against the 财政拨款收支总表's expenditure side, where XTAB-CLASS
 * cannot compare a class the summary leaves blank or does not list.</li>
 * </ul>
 * Only codes of a level both tables print are compared (a 款 is not missing from a table of 类), only codes with an
 * amount other than 0 (rows of 0 may be left out), and a code is not missing where the other table has a row without a
 * code under the same name (a code lost in reading). Amounts are XTAB-CLASS's and XTAB-BASIC's; names NAME-CODE's.
 * WARNING: a missing line misleads a reader; what it changes in figures the arithmetic rules say.
 */
public final class XtabCodesRule implements Rule {

    public static final String ID = "XTAB-CODES";

    private static final Pattern BASIC_COLUMN = Pattern.compile("基本支出|人员经费|公用经费|人员支出|公用支出");
    private static final List<TableType> FUNDS = List.of(TableType.GENERAL_BUDGET_EXPENDITURE, TableType.GOVERNMENT_FUND_EXPENDITURE,
            TableType.STATE_CAPITAL_EXPENDITURE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "cross-table";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        Predicate<TableColumn> ofTheYear = CodeSets.ofTheYear(document);
        Optional<CodeSets> revenue = first(document, TableType.REVENUE_SUMMARY, Family.FUNCTION, ofTheYear);
        Optional<CodeSets> expenditure = first(document, TableType.EXPENDITURE_SUMMARY, Family.FUNCTION, ofTheYear);
        if (revenue.isPresent() && expenditure.isPresent()) {
            Severity severity = finalAccounts(document) ? Severity.INFO : Severity.WARNING;
            compare(revenue.get(), expenditure.get(), severity, sink);
            compare(expenditure.get(), revenue.get(), severity, sink);
        }
        List<CodeSets> funds = funds(document, ofTheYear);
        expenditure.ifPresent(all -> funds.forEach(fund -> compare(fund, all, Severity.WARNING, sink)));
        basicTables(document, ofTheYear, sink);
        TableFigures.first(document, TableType.FISCAL_APPROPRIATION_SUMMARY, TableSide.EXPENDITURE)
                .ifPresent(summary -> classesInSummary(summary, funds, sink));
    }

    /** Each code with an amount in one table that the other, printing codes of its level, lacks or leaves without amount. */
    private void compare(CodeSets from, CodeSets to, Severity severity, CheckSink sink) {
        for (Entry entry : from.withAmounts()) {
            if (!to.printsLevelOf(entry.code())) {
                continue;
            }
            Optional<Entry> there = to.entry(entry.code());
            if (there.filter(Entry::hasAmount).isPresent() || there.isEmpty() && to.hasUncodedRowNamed(entry.row().label())) {
                sink.passed(ID);
                continue;
            }
            String fromTable = "《" + from.table().title() + "》";
            String toTable = "《" + to.table().title() + "》";
            List<FindingLocation> locations = new ArrayList<>(List.of(Locations.row(from.table(), entry.row())));
            String zh;
            String en;
            if (there.isPresent()) {
                locations.add(Locations.row(to.table(), there.get().row()));
                zh = fromTable + "列有 " + CodeSets.describe(entry) + "，" + toTable + "印有这一科目但没有金额";
                en = from.table().title() + " lists " + entry.code() + " with " + entry.amount().printed() + "; " + to.table().title()
                        + " prints the code without an amount";
            } else {
                locations.add(Locations.table(to.table()));
                zh = fromTable + "列有 " + CodeSets.describe(entry) + "，" + toTable + "没有这一科目";
                en = from.table().title() + " lists " + entry.code() + " with " + entry.amount().printed() + "; " + to.table().title()
                        + " does not list the code";
            }
            if (severity == Severity.INFO) {
                zh += "（决算中年初结转和结余、年末结转可使收入与支出的科目不同）";
                en += " (in final accounts, carry-overs can make the codes of income and spending differ)";
            }
            sink.failed(new Finding(ID, category(), severity, zh, en, null, null, null, List.of(), locations,
                    Fingerprints.of(ID, entry.code(), from.table().index(), to.table().index()), ValueUnit.NONE));
        }
    }

    /**
     * The 一般公共预算支出表 and the basic-expenditure table of the same classification: its 基本支出 columns list the
     * basic table's codes; a general table without such columns holds every basic code among its own.
     */
    private void basicTables(ExtractedDocument document, Predicate<TableColumn> ofTheYear, CheckSink sink) {
        for (ExtractedTable table : whole(document, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE)) {
            Optional<CodeSets> basic = CodeSets.read(table, ofTheYear);
            if (basic.isEmpty()) {
                continue;
            }
            Optional<ExtractedTable> general = whole(document, TableType.GENERAL_BUDGET_EXPENDITURE).stream()
                    .filter(t -> CodeSets.family(t).filter(basic.get().family()::equals).isPresent()).findFirst();
            if (general.isEmpty()) {
                continue;
            }
            Optional<CodeSets> generalBasic = CodeSets.read(general.get(), ofTheYear.and(XtabCodesRule::basicColumn));
            if (generalBasic.isPresent()) {
                compare(generalBasic.get(), basic.get(), Severity.WARNING, sink);
                compare(basic.get(), generalBasic.get(), Severity.WARNING, sink);
            } else {
                CodeSets.read(general.get(), ofTheYear).ifPresent(all -> compare(basic.get(), all, Severity.WARNING, sink));
            }
        }
    }

    /**
     * Each class a fund's table spends on has its line, with a figure, on the 财政拨款收支总表's expenditure side, found by
     * the class's name as the fund's table prints it. A summary that names none of those classes lists something else
     * (支出用途: 基本支出, 项目支出) and is not read.
     */
    private void classesInSummary(ExtractedTable summary, List<CodeSets> funds, CheckSink sink) {
        List<Entry> classes = funds.stream().flatMap(f -> f.withAmounts().stream()).filter(e -> e.code().length() == 3).toList();
        if (classes.stream().noneMatch(c -> line(summary, c).isPresent())) {
            return;
        }
        List<String> seen = new ArrayList<>();
        for (Entry entry : classes) {
            if (seen.contains(entry.code())) {
                continue;
            }
            seen.add(entry.code());
            Optional<TableRow> line = line(summary, entry);
            boolean hasFigure = line.flatMap(l -> TableFigures.summaryLine(summary, l))
                    .filter(f -> f.amounts().stream().anyMatch(a -> a.value().signum() != 0)).isPresent();
            if (hasFigure) {
                sink.passed(ID);
                continue;
            }
            ExtractedTable fund = funds.stream().filter(f -> f.entry(entry.code()).filter(Entry::hasAmount).isPresent()).findFirst().orElseThrow().table();
            String zh = "《" + fund.title() + "》列有 " + CodeSets.describe(entry) + "，《" + summary.title() + "》支出方"
                    + (line.isPresent() ? "这一类没有金额" : "没有这一类");
            String en = fund.title() + " spends " + entry.amount().printed() + " on class " + entry.code() + "; the expenditure side of "
                    + summary.title() + (line.isPresent() ? " leaves the class without a figure" : " does not list the class");
            FindingLocation there = line.map(l -> Locations.row(summary, l)).orElse(Locations.table(summary));
            sink.failed(new Finding(ID, category(), Severity.WARNING, zh, en, null, null, null, List.of(),
                    List.of(Locations.row(fund, entry.row()), there), Fingerprints.of(ID, entry.code(), fund.index(), summary.index()), ValueUnit.NONE));
        }
    }

    private static Optional<TableRow> line(ExtractedTable summary, Entry entry) {
        String name = CodeNames.withoutNumbering(entry.row().label());
        return summary.rows().stream().filter(r -> !r.total() && CodeNames.withoutNumbering(r.label()).equals(name))
                .findFirst();
    }

    private static boolean basicColumn(TableColumn column) {
        String path = Texts.withoutWhitespace(column.path());
        return BASIC_COLUMN.matcher(path).find() && !path.contains("项目");
    }

    private static List<CodeSets> funds(ExtractedDocument document, Predicate<TableColumn> ofTheYear) {
        List<CodeSets> funds = new ArrayList<>();
        for (TableType type : FUNDS) {
            whole(document, type).stream().map(t -> CodeSets.read(t, ofTheYear)).flatMap(Optional::stream)
                    .filter(s -> s.family() == Family.FUNCTION).findFirst().ifPresent(funds::add);
        }
        return funds;
    }

    private static Optional<CodeSets> first(ExtractedDocument document, TableType type, Family family, Predicate<TableColumn> columns) {
        return whole(document, type).stream().map(t -> CodeSets.read(t, columns)).flatMap(Optional::stream)
                .filter(s -> s.family() == family).findFirst();
    }

    private static List<ExtractedTable> whole(ExtractedDocument document, TableType type) {
        return document.tables().stream().filter(t -> t.type() == type && t.side() == TableSide.WHOLE && !t.isBlank()).toList();
    }

    private static boolean finalAccounts(ExtractedDocument document) {
        DocumentKind kind = document.metadata().kind();
        return kind == DocumentKind.DEPARTMENT_FINAL_ACCOUNTS || kind == DocumentKind.UNIT_FINAL_ACCOUNTS;
    }
}
