package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetwatch.extraction.model.TableType;

/**
 * The figure columns of the national standard tables (财预〔2016〕143号's templates), used to read a header that OCR
 * garbled: where a standard table prints as many figure columns as its template, its headings are misreadings of the
 * template's ("项目又山" for 项目支出, a lost 基本支出 over 小计 | 人员经费 | 公用经费, a group heading set over the wrong
 * columns), and the figures' own arithmetic holds row after row as the template states it (合计 = 基本支出 + 项目支出,
 * 小计 = 人员经费 + 公用经费), the columns are the template's. The arithmetic decides, not the letters: a heading that
 * differs from the template's and is no misreading of it (工资福利支出 for 人员经费) keeps the table as printed.
 */
final class StandardColumns {

    /**
     * One template: the paths of its figure columns in order, and its sums, each a total column's index followed by
     * its parts' indexes.
     */
    record Template(List<String> paths, List<int[]> sums) {

        List<String> leaves() {
            return paths.stream().map(StandardColumns::leaf).toList();
        }
    }

    private static final Template BASIC_AND_PROJECT = new Template(List.of("合计", "基本支出", "项目支出"), List.<int[]>of(new int[] {0, 1, 2}));
    private static final Map<TableType, List<Template>> TEMPLATES = Map.of(
            TableType.GENERAL_BUDGET_EXPENDITURE, List.of(
                    new Template(List.of("合计", "基本支出/小计", "基本支出/人员经费", "基本支出/公用经费", "项目支出"),
                            List.of(new int[] {0, 1, 4}, new int[] {1, 2, 3})),
                    BASIC_AND_PROJECT),
            TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, List.of(
                    new Template(List.of("合计", "人员经费", "公用经费"), List.<int[]>of(new int[] {0, 1, 2}))),
            TableType.GOVERNMENT_FUND_EXPENDITURE, List.of(BASIC_AND_PROJECT),
            TableType.STATE_CAPITAL_EXPENDITURE, List.of(BASIC_AND_PROJECT),
            TableType.EXPENDITURE_SUMMARY, List.of(BASIC_AND_PROJECT,
                    new Template(List.of("合计", "基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"),
                            List.<int[]>of(new int[] {0, 1, 2, 3, 4, 5}))));

    private StandardColumns() {
    }

    /**
     * The paths of every column, the figure columns' taken from the table's template where the printed headings are
     * misreadings of it and the figures confirm it; else the paths as read.
     *
     * @param label which columns name the rows
     * @param body  the body's cells, one list per row
     */
    static List<String> read(TableType type, List<String> paths, boolean[] label, List<List<String>> body) {
        List<Integer> figureColumns = new ArrayList<>();
        for (int c = 0; c < paths.size(); c++) {
            if (!label[c] && anyFilled(body, c)) {
                figureColumns.add(c);
            }
        }
        for (Template template : TEMPLATES.getOrDefault(type, List.of())) {
            if (template.paths().size() != figureColumns.size()) {
                continue;
            }
            List<String> read = figureColumns.stream().map(paths::get).toList();
            if (misreadingOf(read, template) && confirmed(template, figureColumns, body)) {
                List<String> repaired = new ArrayList<>(paths);
                for (int i = 0; i < figureColumns.size(); i++) {
                    repaired.set(figureColumns.get(i), template.paths().get(i));
                }
                return repaired;
            }
        }
        return paths;
    }

    /**
     * The read paths differ from the template's, and only as a misreading would: each leaf is the template's, blank,
     * or close to it; a difference is a garbled leaf, or a template's column heading read as another column's group
     * (项目支出 over 公用经费).
     */
    static boolean misreadingOf(List<String> read, Template template) {
        List<String> leaves = template.leaves();
        boolean differs = false;
        for (int i = 0; i < read.size(); i++) {
            String leaf = leaf(read.get(i));
            String expected = leaves.get(i);
            if (leaf.equals(expected)) {
                // a group heading the header does not print is not missing: only one read over the wrong column is
                String group = group(read.get(i));
                differs |= leaves.contains(group) && !template.paths().get(i).startsWith(group + "/");
                continue;
            }
            if (leaves.contains(leaf) || !leaf.isEmpty() && !HeaderGrid.isNoise(leaf) && !resembles(leaf, expected)) {
                return false; // another of the template's headings (columns in another order), or no reading of this one
            }
            differs = true;
        }
        return differs;
    }

    /**
     * An OCR reading of the heading: about as long, with at least half of the heading's characters in the same order
     * (项目又出 and 项目又山 for 项目支出).
     */
    static boolean resembles(String read, String heading) {
        if (Math.abs(read.length() - heading.length()) > 1) {
            return false;
        }
        return commonSubsequence(read, heading) * 2 >= heading.length() && commonSubsequence(read, heading) >= 2;
    }

    private static int commonSubsequence(String a, String b) {
        int[][] lengths = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                lengths[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? lengths[i - 1][j - 1] + 1 : Math.max(lengths[i - 1][j], lengths[i][j - 1]);
            }
        }
        return lengths[a.length()][b.length()];
    }

    /** The template's sums, on the table's own columns, hold on its rows. */
    private static boolean confirmed(Template template, List<Integer> figureColumns, List<List<String>> body) {
        List<int[]> sums = new ArrayList<>();
        for (int[] sum : template.sums()) {
            sums.add(java.util.Arrays.stream(sum).map(figureColumns::get).toArray());
        }
        return RowSums.confirmed(body, sums);
    }

    private static boolean anyFilled(List<List<String>> body, int column) {
        return body.stream().anyMatch(r -> column < r.size() && !r.get(column).isBlank());
    }

    private static String leaf(String path) {
        return Texts.withoutWhitespace(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String group(String path) {
        int last = path.lastIndexOf('/');
        if (last < 0) {
            return "";
        }
        int before = path.lastIndexOf('/', last - 1);
        return Texts.withoutWhitespace(path.substring(before + 1, last));
    }
}
