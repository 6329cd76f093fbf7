package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;

/**
 * NAME-PROJECT: one project, one name and one code. A project code printed with two names, a project name printed with
 * two codes, and a project listed in one table under a name that another table gives a different project of the same
 * amount and a near-identical name (预算04表 退休人员医疗补贴 500.00 against 预算13表 退养人员医疗补贴 500.00) are findings.
 * Projects are the rows of project and performance tables. WARNING: the reader cannot tell which name is right.
 */
public final class NameProjectRule implements Rule {

    public static final String ID = "NAME-PROJECT";
    private static final double SIMILAR = 0.5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "names";
    }

    /** A project as one table lists it. */
    private record Listing(String name, String code, PrintedAmount amount, ExtractedTable table, TableRow row) {
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        List<Listing> coded = new ArrayList<>();
        List<Listing> uncoded = new ArrayList<>();
        for (ExtractedTable table : document.tables()) {
            if (table.type() != TableType.PROJECT_EXPENDITURE && table.type() != TableType.PERFORMANCE_TARGETS) {
                continue;
            }
            Optional<TableColumn> amountColumn = amountColumn(table);
            for (TableRow row : table.rows()) {
                String name = CodeNames.clean(row.label());
                if (row.total() || name.length() < 2) {
                    continue;
                }
                PrintedAmount amount = amountColumn.flatMap(c -> row.cell(c.index())).map(TableCell::amount).orElse(null);
                if (row.codeKind() == CodeKind.PROJECT) {
                    coded.add(new Listing(name, row.code(), amount, table, row));
                } else if (row.codeKind() == CodeKind.FUNCTION && table.type() == TableType.PROJECT_EXPENDITURE) {
                    uncoded.add(new Listing(name, null, amount, table, row));
                }
            }
        }
        oneNamePerCode(coded, sink);
        oneCodePerName(coded, sink);
        sameProjectTwoNames(uncoded, coded, sink);
    }

    private void oneNamePerCode(List<Listing> coded, CheckSink sink) {
        Map<String, List<Listing>> byCode = new LinkedHashMap<>();
        coded.forEach(l -> byCode.computeIfAbsent(l.code(), c -> new ArrayList<>()).add(l));
        byCode.forEach((code, listings) -> {
            List<String> names = listings.stream().map(Listing::name).distinct().toList();
            if (names.size() > 1) {
                sink.failed(finding("项目编码 " + code + " 有不同名称：" + String.join("、", names),
                        "project code " + code + " is printed with different names: " + String.join(", ", names), listings, code));
            } else {
                sink.passed(ID);
            }
        });
    }

    private void oneCodePerName(List<Listing> coded, CheckSink sink) {
        Map<String, List<Listing>> byName = new LinkedHashMap<>();
        coded.forEach(l -> byName.computeIfAbsent(l.name(), n -> new ArrayList<>()).add(l));
        byName.forEach((name, listings) -> {
            List<String> codes = listings.stream().map(Listing::code).distinct().toList();
            if (codes.size() > 1) {
                sink.failed(finding("项目“" + name + "”有不同编码：" + String.join("、", codes),
                        "project \"" + name + "\" is printed with different codes: " + String.join(", ", codes), listings, name));
            }
        });
    }

    /** A project table row whose name no coded listing carries, while a coded project of the same amount is named almost alike. */
    private void sameProjectTwoNames(List<Listing> uncoded, List<Listing> coded, CheckSink sink) {
        Set<String> codedNames = new HashSet<>();
        coded.forEach(l -> codedNames.add(l.name()));
        Set<String> reported = new HashSet<>();
        for (Listing listing : uncoded) {
            if (codedNames.isEmpty() || listing.amount() == null) {
                continue;
            }
            if (codedNames.contains(listing.name())) {
                sink.passed(ID);
                continue;
            }
            for (Listing other : coded) {
                if (other.amount() != null && other.amount().value().compareTo(listing.amount().value()) == 0
                        && CodeNames.similarity(listing.name(), other.name()) >= SIMILAR && reported.add(listing.name() + "|" + other.name())) {
                    sink.failed(finding("同一项目名称不一致：《" + listing.table().title() + "》为“" + listing.name() + "”，《" + other.table().title()
                                    + "》为“" + other.name() + "”（编码 " + other.code() + "，金额均为 " + listing.amount().printed() + "）",
                            "one project, two names: \"" + listing.name() + "\" in " + listing.table().title() + ", \"" + other.name() + "\" in "
                                    + other.table().title() + " (code " + other.code() + ", both " + listing.amount().printed() + ")",
                            List.of(listing, other), listing.name() + "|" + other.name()));
                }
            }
        }
    }

    private static Optional<TableColumn> amountColumn(ExtractedTable table) {
        return TableFigures.grandTotalColumn(table)
                .or(() -> TableFigures.column(table, p -> p.endsWith("项目总额") || p.endsWith("合计") || p.endsWith("金额")));
    }

    private Finding finding(String zh, String en, List<Listing> listings, String key) {
        List<FindingLocation> locations = listings.stream().map(l -> Locations.row(l.table(), l.row())).toList();
        return new Finding(ID, category(), Severity.WARNING, zh, en, null, null, null, List.of(), locations, Fingerprints.of(ID, key), ValueUnit.NONE);
    }
}
