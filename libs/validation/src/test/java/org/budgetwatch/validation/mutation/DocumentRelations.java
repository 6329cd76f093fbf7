package org.budgetwatch.validation.mutation;

import static org.budgetwatch.validation.mutation.PrintedFigure.cellId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.validation.mutation.Relation.Term;

/**
 * Every relation among a document's printed figures, found without the validator's rules: each table's own identities
 * ({@link TableRelations}), the same figure printed in two tables (the same code, the same row name, or two totals),
 * a class printed in one table as the sum of its rows in another, and the narrative's figures against the tables and
 * against each other (an amount a table prints, a share of an amount stated with it, a rate of change from the
 * amount and its change). Only relations that hold in the published document count.
 */
final class DocumentRelations {

    /** Numbering, level marks and punctuation around a name: "八、社会保障和就业支出", "卫生健康（类）支出". */
    private static final Pattern NAME_NOISE = Pattern.compile("^[一二三四五六七八九十百\\d]+[、.．]|[（(](类|款|项)[)）]|[\\s“”\"、：:（）()]");
    /** Lines of narrative before a share within which its whole is looked for (the same paragraph, or the one before). */
    private static final int SHARE_REACH = 6;

    private DocumentRelations() {
    }

    static List<Relation> of(ExtractedDocument document, Map<String, PrintedFigure> figures) {
        List<Relation> relations = new ArrayList<>();
        TableRelations tables = new TableRelations(figures);
        List<ExtractedTable> figureTables = document.tables().stream().filter(t -> !t.isForm()).toList();
        figureTables.forEach(t -> relations.addAll(tables.of(t)));
        crossTable(figureTables, figures, relations);
        narrative(document, figureTables, figures, relations);
        return relations;
    }

    /** Two tables printing one figure: the same code or name once in each, two totals, or a class and its rows elsewhere. */
    private static void crossTable(List<ExtractedTable> tables, Map<String, PrintedFigure> figures, List<Relation> relations) {
        for (ExtractedTable a : tables) {
            for (ExtractedTable b : tables) {
                if (a.index() >= b.index()) {
                    continue;
                }
                for (TableRow ra : a.rows()) {
                    for (TableRow rb : b.rows()) {
                        boolean sameThing = ra.total() && rb.total() || ra.code() != null && ra.code().equals(rb.code()) && unique(a, ra) && unique(b, rb)
                                || !name(ra).isEmpty() && name(ra).equals(name(rb)) && unique(a, ra) && unique(b, rb);
                        if (sameThing) {
                            sameFigure(a, ra, b, rb, figures, relations);
                        }
                    }
                }
            }
        }
        for (ExtractedTable a : tables) {
            for (ExtractedTable b : tables) {
                if (a != b) {
                    classSums(a, b, figures, relations);
                }
            }
        }
    }

    /** Cells of the two rows that print the same non-zero figure are one figure printed twice. */
    private static void sameFigure(ExtractedTable a, TableRow ra, ExtractedTable b, TableRow rb, Map<String, PrintedFigure> figures, List<Relation> relations) {
        for (TableColumn ca : a.columns()) {
            PrintedFigure fa = figures.get(cellId(a.index(), ra.index(), ca.index()));
            if (fa == null || fa.amount().value().signum() == 0) {
                continue;
            }
            for (TableColumn cb : b.columns()) {
                PrintedFigure fb = figures.get(cellId(b.index(), rb.index(), cb.index()));
                if (fb != null && fa.interval().intersects(fb.interval())) {
                    relations.add(Relation.sum("same figure", fa.id(), List.of(fb.id())));
                }
            }
        }
        // a class printed once in one table and split over columns in the other (本年 + 上年结转 of 财政拨款收支总表)
        rowSum(a, ra, b, rb, figures, relations);
        rowSum(b, rb, a, ra, figures, relations);
    }

    private static void rowSum(ExtractedTable whole, TableRow wholeRow, ExtractedTable split, TableRow splitRow, Map<String, PrintedFigure> figures,
                               List<Relation> relations) {
        List<String> parts = split.columns().stream().map(c -> cellId(split.index(), splitRow.index(), c.index())).filter(figures::containsKey).toList();
        if (parts.size() < 2 || whole.columns().isEmpty()) {
            return;
        }
        String total = cellId(whole.index(), wholeRow.index(), whole.columns().get(0).index());
        if (figures.containsKey(total)) {
            addIfHolds(Relation.sum("same figure", total, parts), figures, relations);
        }
    }

    /** A coded row of one table and the rows under its code in another (each unit's rows, or its 项): the first figure column of each. */
    private static void classSums(ExtractedTable a, ExtractedTable b, Map<String, PrintedFigure> figures, List<Relation> relations) {
        if (a.columns().isEmpty() || b.columns().isEmpty()) {
            return;
        }
        TableColumn first = a.columns().get(0);
        TableColumn other = b.columns().get(0);
        for (TableRow parent : a.rows()) {
            PrintedFigure whole = figures.get(cellId(a.index(), parent.index(), first.index()));
            if (parent.code() == null || whole == null || b.rows().stream().anyMatch(r -> parent.code().equals(r.code()) && unique(b, r))) {
                continue;
            }
            List<TableRow> under = b.rows().stream().filter(r -> r.code() != null && r.code().startsWith(parent.code()) && !r.total()).toList();
            List<TableRow> leaves = under.stream().filter(r -> under.stream().noneMatch(s -> s != r && s.code().length() > r.code().length()
                    && s.code().startsWith(r.code()))).toList();
            List<String> ids = leaves.stream().map(r -> cellId(b.index(), r.index(), other.index())).filter(figures::containsKey).toList();
            Relation relation = Relation.sum("class sum", whole.id(), ids);
            if (ids.size() >= 2 && relation.holds(id -> figures.get(id).interval())) {
                relations.add(relation);
            }
        }
    }

    /**
     * The narrative's figures: an amount that a table prints (or that a table's rows of that code add up to) where
     * the row's name or code is in the sentence; a share of an amount stated in the same paragraph or of a table's
     * total; a rate of change from the statement's amount and change.
     */
    private static void narrative(ExtractedDocument document, List<ExtractedTable> tables, Map<String, PrintedFigure> figures, List<Relation> relations) {
        List<NarrativeStatement> statements = document.statements();
        List<PrintedFigure> amounts = figures.values().stream().filter(f -> StatedValue.AMOUNT.equals(f.role())).toList();
        for (int s = 0; s < statements.size(); s++) {
            NarrativeStatement statement = statements.get(s);
            PrintedFigure amount = figures.get(PrintedFigure.statementId(s, StatedValue.AMOUNT, 0));
            if (amount == null) {
                amount = first(figures, s);
            }
            if (amount != null && StatedValue.AMOUNT.equals(amount.role())) {
                tableAmount(statement, amount, tables, figures, relations);
            }
            for (PrintedFigure share : byRole(figures, s, StatedValue.SHARE)) {
                shareOf(statement, amount, share, amounts, tables, figures, relations);
            }
            PrintedFigure change = byRole(figures, s, StatedValue.CHANGE).stream().findFirst().orElse(null);
            for (PrintedFigure rate : byRole(figures, s, StatedValue.RATE)) {
                if (amount != null && change != null) {
                    Relation relation = Relation.ratio("rate", rate.id(), List.of(Term.plus(change.id())), List.of(Term.plus(amount.id()), Term.minus(change.id())));
                    addIfHolds(relation, figures, relations);
                }
            }
        }
    }

    private static void tableAmount(NarrativeStatement statement, PrintedFigure amount, List<ExtractedTable> tables, Map<String, PrintedFigure> figures,
                                    List<Relation> relations) {
        // what the sentence says the figure is: its subject, or its words up to the figure (not "主要用于…" after it)
        String before = statement.text().contains(amount.amount().printed())
                ? statement.text().substring(0, statement.text().indexOf(amount.amount().printed())) : statement.text();
        String text = plain(statement.subject() == null ? before : statement.subject() + before);
        for (ExtractedTable table : tables) {
            Map<String, List<String>> byCode = new LinkedHashMap<>();
            for (TableRow row : table.rows()) {
                boolean named = row.code() != null && text.contains(row.code()) || name(row).length() >= 2 && text.contains(name(row))
                        || row.total() && significant(amount) >= 3;
                for (TableColumn column : table.columns()) {
                    PrintedFigure cell = figures.get(cellId(table.index(), row.index(), column.index()));
                    if (cell == null) {
                        continue;
                    }
                    if (row.code() != null && named && column.index() == table.columns().get(0).index()) {
                        byCode.computeIfAbsent(row.code(), k -> new ArrayList<>()).add(cell.id());
                    }
                    boolean headed = text.contains(plain(last(column.path()))) && last(column.path()).length() >= 4;
                    if ((named || headed || significant(amount) >= 4) && amount.interval().intersects(cell.interval())) {
                        relations.add(Relation.sum("narrative amount", amount.id(), List.of(cell.id())));
                    }
                }
            }
            byCode.values().stream().filter(ids -> ids.size() >= 2).map(ids -> Relation.sum("narrative amount", amount.id(), ids))
                    .forEach(r -> addIfHolds(r, figures, relations));
        }
    }

    /** A share is its amount over a whole: an amount stated shortly before, the shares' siblings added up, or a table's total. */
    private static void shareOf(NarrativeStatement statement, PrintedFigure part, PrintedFigure share, List<PrintedFigure> amounts, List<ExtractedTable> tables,
                                Map<String, PrintedFigure> figures, List<Relation> relations) {
        if (part == null || !StatedValue.AMOUNT.equals(part.role())) {
            return;
        }
        List<PrintedFigure> near = amounts.stream().filter(a -> a != part && a.firstLine() <= statement.line() && a.firstLine() >= statement.line() - SHARE_REACH)
                .toList();
        for (PrintedFigure whole : near) {
            if (addIfHolds(Relation.ratio("share", share.id(), List.of(Term.plus(part.id())), List.of(Term.plus(whole.id()))), figures, relations)) {
                return;
            }
        }
        // the parts listed on the same line with their shares: 30.54% + 65.13% + 4.33% of their sum
        List<Term> siblings = near.stream().filter(a -> a.firstLine() == statement.line() && hasShare(a, figures)).map(a -> Term.plus(a.id()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        siblings.add(Term.plus(part.id()));
        if (siblings.size() >= 2 && addIfHolds(Relation.ratio("share", share.id(), List.of(Term.plus(part.id())), siblings), figures, relations)) {
            return;
        }
        for (ExtractedTable table : tables) {
            for (TableRow row : table.rows()) {
                if (!row.total() || table.columns().isEmpty()) {
                    continue;
                }
                String whole = cellId(table.index(), row.index(), table.columns().get(0).index());
                if (figures.containsKey(whole)
                        && addIfHolds(Relation.ratio("share", share.id(), List.of(Term.plus(part.id())), List.of(Term.plus(whole))), figures, relations)) {
                    return;
                }
            }
        }
    }

    private static boolean hasShare(PrintedFigure amount, Map<String, PrintedFigure> figures) {
        return figures.values().stream().anyMatch(f -> Objects.equals(f.statement(), amount.statement()) && StatedValue.SHARE.equals(f.role()));
    }

    private static boolean addIfHolds(Relation relation, Map<String, PrintedFigure> figures, List<Relation> relations) {
        if (relation.holds(id -> figures.get(id).interval())) {
            relations.add(relation);
            return true;
        }
        return false;
    }

    private static List<PrintedFigure> byRole(Map<String, PrintedFigure> figures, int statement, String role) {
        return figures.values().stream().filter(f -> Objects.equals(f.statement(), statement) && role.equals(f.role())).toList();
    }

    private static PrintedFigure first(Map<String, PrintedFigure> figures, int statement) {
        return figures.values().stream().filter(f -> Objects.equals(f.statement(), statement) && StatedValue.AMOUNT.equals(f.role())).findFirst().orElse(null);
    }

    /** Significant digits of the value: 40,734.65 has 7, 300.00 and 12 have 1 and 2. A figure of few digits matches others by chance. */
    private static int significant(PrintedFigure figure) {
        return figure.amount().value().signum() == 0 ? 0 : figure.amount().value().stripTrailingZeros().precision();
    }

    private static boolean unique(ExtractedTable table, TableRow row) {
        return table.rows().stream().filter(r -> Objects.equals(name(r), name(row)) && Objects.equals(r.code(), row.code())).count() == 1;
    }

    static String name(TableRow row) {
        return plain(row.label());
    }

    private static String plain(String text) {
        return text == null ? "" : NAME_NOISE.matcher(text).replaceAll("");
    }

    private static String last(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    static boolean constrains(Relation relation, PrintedFigure figure, Interval changed, Map<String, PrintedFigure> figures) {
        return relation.involves(figure.id()) && !relation.holds(id -> id.equals(figure.id()) ? changed : figures.get(id).interval());
    }
}
