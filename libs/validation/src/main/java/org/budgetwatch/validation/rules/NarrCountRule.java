package org.budgetwatch.validation.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.StatementKind;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.report.Severity;

/**
 * NARR-COUNT: a count the narrative states matches the table it counts — "项目预算 15 项" and "二级项目 15 个" the
 * projects of the project table (its lowest-level rows; a project funded from two sources may be listed twice, so the
 * count may be of rows or of distinct names), "一级项目 6 个" the rows grouping them, "政府购买服务项目 2 项" the lines of
 * the purchased-services table ("一级预算项目 6 个" counts first-level projects too). Counts of anything else (staff,
 * offices, targets) are not compared. A table with nothing countable is not a contradiction: the identity is skipped.
 * A bare "项目 N 个" does not say which level it counts (Yantai's PDF breaks "一级预算|项目6个" over two lines): a count
 * that matches no level is an INFO, not an error.
 */
public final class NarrCountRule implements Rule {

    public static final String ID = "NARR-COUNT";
    private static final Pattern COUNTED = Pattern.compile("(\\d+)\\s*[项个](?!目)([^，。；,;\\s]{0,12})");

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
        for (NarrativeStatement statement : document.statements()) {
            if (statement.kind() != StatementKind.COUNT) {
                continue;
            }
            Optional<PrintedAmount> count = Statements.value(statement, StatedValue.COUNT);
            if (count.isEmpty()) {
                continue;
            }
            Optional<String> counted = countedThing(statement, count.get());
            if (counted.isEmpty() || counted.get().contains("绩效")) {
                continue;
            }
            String thing = counted.get();
            // "项目 6 个" with nothing saying which level: the first-level projects or the projects under them
            boolean level = !thing.equals("项目");
            Optional<Set<Integer>> possible = thing.contains("政府购买服务") ? purchasedServices(document)
                    : thing.contains("一级") ? groupingRows(document)
                    : (thing.endsWith("项目") || thing.endsWith("项目预算")) ? projects(document) : Optional.empty();
            if (!level) {
                possible = either(possible, groupingRows(document));
            }
            if (possible.isEmpty()) {
                continue;
            }
            int stated = count.get().value().intValue();
            if (possible.get().contains(stated)) {
                sink.passed(ID);
            } else {
                String found = String.join(" / ", possible.get().stream().map(String::valueOf).toList());
                sink.failed(new Finding(ID, category(), level ? Severity.ERROR : Severity.INFO,
                        "“" + statement.text() + "”称 " + stated + "，表中为 " + found,
                        "the narrative states " + stated + " (" + thing + "); the table lists " + found, null, null, null, List.of(),
                        List.of(Statements.location(statement)), Fingerprints.of(ID, statement.line(), stated), ValueUnit.COUNT));
            }
        }
    }

    private static Optional<Set<Integer>> either(Optional<Set<Integer>> some, Optional<Set<Integer>> others) {
        if (some.isEmpty() || others.isEmpty()) {
            return some.or(() -> others);
        }
        Set<Integer> both = new java.util.TreeSet<>(some.get());
        both.addAll(others.get());
        return Optional.of(both);
    }

    /**
     * What is counted: the words right after "N项/N个" ("15 个二级项目"), or when nothing follows, the statement's
     * subject ("二级项目 15 个"). Empty when the figure is not followed by 项 or 个 (a code, a date, an amount).
     */
    private static Optional<String> countedThing(NarrativeStatement statement, PrintedAmount count) {
        Matcher after = COUNTED.matcher(statement.text());
        while (after.find()) {
            if (after.group(1).equals(count.printed())) {
                String following = after.group(2);
                String subject = statement.subject() == null ? "" : Texts.withoutWhitespace(statement.subject());
                return Optional.of(following.isEmpty() ? subject : following);
            }
        }
        return Optional.empty();
    }

    private static Optional<ExtractedTable> projectTable(ExtractedDocument document) {
        return document.tables().stream().filter(t -> t.type() == TableType.PROJECT_EXPENDITURE && t.side() == TableSide.WHOLE)
                .filter(t -> TableFigures.grandTotalColumn(t).isPresent() && !t.isBlank()).findFirst();
    }

    /** Projects: the project table's rows with no row below them in its hierarchy, as rows and as distinct names. */
    private static Optional<Set<Integer>> projects(ExtractedDocument document) {
        return projectTable(document).flatMap(table -> {
            List<TableRow> leaves = leaves(table);
            return leaves.isEmpty() ? Optional.empty()
                    : Optional.of(new java.util.TreeSet<>(List.of(leaves.size(), (int) leaves.stream().map(r -> CodeNames.clean(r.label())).distinct().count())));
        });
    }

    /**
     * First-level projects: rows directly above uncoded project rows. A 合计 printed again at the head of a page (延边 2024
     * 预算表9, line 410) is the table's total repeated, not a row of its own: it is passed over.
     */
    private static Optional<Set<Integer>> groupingRows(ExtractedDocument document) {
        return projectTable(document).flatMap(table -> {
            Set<Integer> parents = new LinkedHashSet<>();
            List<TableRow> rows = table.rows().stream().filter(r -> !repeatedTotal(table, r)).toList();
            for (int r = 0; r + 1 < rows.size(); r++) {
                if (rows.get(r).code() != null && !rows.get(r).total() && rows.get(r + 1).code() == null && !rows.get(r + 1).total()) {
                    parents.add(r);
                }
            }
            return parents.isEmpty() ? Optional.empty() : Optional.of(Set.of(parents.size()));
        });
    }

    /** A total row after the table's first, printing the same figures within rounding. */
    private static boolean repeatedTotal(ExtractedTable table, TableRow row) {
        TableRow first = table.rows().isEmpty() ? null : table.rows().get(0);
        if (first == null || row == first || !row.total() || !first.total()) {
            return false;
        }
        return table.columns().stream().allMatch(c -> {
            Optional<PrintedAmount> a = first.cell(c.index()).map(TableCell::amount);
            Optional<PrintedAmount> b = row.cell(c.index()).map(TableCell::amount);
            return a.isPresent() == b.isPresent() && (a.isEmpty() || Interval.ofPrinted(a.get()).intersects(Interval.ofPrinted(b.get())));
        });
    }

    private static List<TableRow> leaves(ExtractedTable table) {
        List<TableRow> rows = table.rows().stream().filter(r -> !r.total() && r.codeKind() != CodeKind.UNIT && !r.label().isBlank()).toList();
        // where projects are printed without codes under coded groups (Yanbian), the projects are the uncoded rows
        boolean uncodedProjects = rows.stream().anyMatch(r -> r.code() == null);
        return uncodedProjects ? rows.stream().filter(r -> r.code() == null).toList() : rows;
    }

    private static Optional<Set<Integer>> purchasedServices(ExtractedDocument document) {
        return document.tables().stream().filter(t -> t.type() == TableType.PURCHASED_SERVICES && !t.isBlank()).findFirst()
                .map(t -> Set.of((int) t.rows().stream().filter(r -> !r.total() && !r.label().isBlank()).count()));
    }
}
