package org.budgetwatch.extraction.golden;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a document's reading matches its golden file, row by row, as the project's accuracy is measured:
 * <ul>
 * <li>coded rows: golden rows with a code, read with the same full code and printed name;</li>
 * <li>amount rows: golden rows with at least one figure, read with every figure right, one per cell, under the
 * same column headings;</li>
 * <li>extra rows: rows read that the golden table does not have.</li>
 * </ul>
 * A golden table is matched to the read table on the same page with the same title and side (in order); a golden
 * table without its match counts all its rows wrong. Names and headings are compared without white space.
 */
public record GoldenComparison(String file, int codedRows, int codedRight, int amountRows, int amountRight, int extraRows,
                               boolean metadataRight, List<String> differences) {

    public double codedAccuracy() {
        return codedRows == 0 ? 1 : (double) codedRight / codedRows;
    }

    public double amountAccuracy() {
        return amountRows == 0 ? 1 : (double) amountRight / amountRows;
    }

    public static GoldenComparison of(GoldenTables golden, GoldenTables read) {
        List<String> differences = new ArrayList<>();
        boolean metadata = golden.metadata().equals(read.metadata());
        if (!metadata) {
            differences.add("metadata: golden " + golden.metadata() + ", read " + read.metadata());
        }
        int coded = 0;
        int codedRight = 0;
        int amounts = 0;
        int amountsRight = 0;
        int extra = 0;
        boolean[] used = new boolean[read.tables().size()];
        for (GoldenTables.Table table : golden.tables()) {
            int match = -1;
            for (int i = 0; i < read.tables().size() && match < 0; i++) {
                GoldenTables.Table candidate = read.tables().get(i);
                if (!used[i] && candidate.page() == table.page() && same(candidate.title(), table.title()) && candidate.side().equals(table.side())) {
                    match = i;
                }
            }
            List<GoldenTables.Row> readRows = match < 0 ? List.of() : read.tables().get(match).rows();
            if (match < 0) {
                differences.add("page " + table.page() + " 《" + table.title() + "》 " + table.side() + ": not read");
            } else {
                used[match] = true;
                if (!headings(table.columns()).equals(headings(read.tables().get(match).columns()))) {
                    differences.add("page " + table.page() + " 《" + table.title() + "》: columns " + table.columns() + " read as "
                            + read.tables().get(match).columns());
                }
            }
            Map<String, Integer> codedRead = counts(readRows, false);
            Map<String, Integer> amountRead = counts(readRows, true);
            for (GoldenTables.Row row : table.rows()) {
                if (!row.code().isEmpty()) {
                    coded++;
                    if (take(codedRead, key(row, false))) {
                        codedRight++;
                    } else {
                        differences.add("page " + table.page() + " 《" + table.title() + "》 coded row " + row.code() + " " + row.label() + " not read");
                    }
                }
                if (row.hasAmount()) {
                    amounts++;
                    if (take(amountRead, key(row, true))) {
                        amountsRight++;
                    } else {
                        differences.add("page " + table.page() + " 《" + table.title() + "》 row " + row.code() + " " + row.label() + " "
                                + row.cells() + " not read as printed");
                    }
                }
            }
            Map<String, Integer> goldenRows = counts(table.rows(), true);
            for (GoldenTables.Row row : readRows) {
                if (!take(goldenRows, key(row, true))) {
                    extra++;
                }
            }
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                GoldenTables.Table table = read.tables().get(i);
                extra += table.rows().size();
                differences.add("page " + table.page() + " 《" + table.title() + "》 " + table.side() + ": read, not in the golden file");
            }
        }
        return new GoldenComparison(golden.file(), coded, codedRight, amounts, amountsRight, extra, metadata, differences);
    }

    private static boolean same(String a, String b) {
        return squeeze(a).equals(squeeze(b));
    }

    private static List<String> headings(List<String> columns) {
        return columns.stream().map(GoldenComparison::squeeze).toList();
    }

    private static String key(GoldenTables.Row row, boolean withCells) {
        String key = row.code() + "|" + squeeze(row.label());
        return withCells ? key + "|" + String.join("|", row.cells().stream().map(GoldenComparison::squeeze).toList()) : key;
    }

    private static Map<String, Integer> counts(List<GoldenTables.Row> rows, boolean withCells) {
        Map<String, Integer> counts = new HashMap<>();
        for (GoldenTables.Row row : rows) {
            counts.merge(key(row, withCells), 1, Integer::sum);
        }
        return counts;
    }

    private static boolean take(Map<String, Integer> counts, String key) {
        Integer n = counts.get(key);
        if (n == null || n == 0) {
            return false;
        }
        counts.put(key, n - 1);
        return true;
    }

    private static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
