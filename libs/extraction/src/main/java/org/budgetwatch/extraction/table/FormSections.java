package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;

/**
 * A form (项目绩效目标表, 绩效自评表, 项目申报表) is not a header over rows: it stacks sections, each under headings of
 * its own (项目资金 | 年初预算数 | 全年预算数 …, then 一级指标 | 二级指标 | 三级指标 | 指标值 …), below key and value
 * rows (项目名称 | …, 主管部门 | …). Read as one table its figures would land under the first section's headings and
 * its keys would be read as figures' labels; read by section, each figure stands under its own heading.
 */
final class FormSections {

    private static final Pattern PERCENT = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?\\s*%");
    /** A target or a measure (≤327.54万元, =2873.46平方米, 30天) is a value, never a heading. */
    private static final Pattern VALUE_LIKE = Pattern.compile(".*([≤≥<>=＜＞]|[0-9]+\\.[0-9]+|[0-9]{2,}).*");
    /** A heading is short; a cell of a section's headings row longer than this is a value. */
    private static final int HEADING = 16;

    /** A note in brackets after a heading (分值权重（90分）, 金额（万元）): the heading's scale or unit, not a value. */
    private static final Pattern BRACKETED = Pattern.compile("[（(][^（()）]*[)）]");
    /** The key a project's form opens with (项目名称 | 会计类考试考务): its value is printed beside it. */
    private static final Pattern FIRST_KEY = Pattern.compile("项目名称[：:]?");
    /**
     * Keys whose values are printed beside them (主管部门 | 西安市卫生健康委员会 | 实施单位 | 西安市中心血站): a row they
     * open is keys and values, however short its cells, never a section's headings.
     */
    private static final Pattern KEY = Pattern.compile(
            "(项目名称|(项目)?(主管部门.*|实施单位|执行单位)|项目单位|预算单位|(部门|单位|部门[（(]单位[)）])名称|项目(编码|代码|负责人|属性|类型|期限|级次)|联系(人|电话)|单位地址)[：:]?");

    /**
     * One section: the headings over its columns ("" where none; none at all for key and value rows) and its rows.
     */
    record Section(List<String> headings, List<TableBuilder.Row> body) {

        /** Key and value rows (项目名称 | …, 项目资金（万元） | 年度资金总额 | 30.00): no headings over them. */
        boolean keysAndValues() {
            return headings.stream().allMatch(String::isEmpty);
        }
    }

    private FormSections() {
    }

    /**
     * The form's sections, or none when the table is not a form, or is a single section of headings over rows (a list of
     * projects reads as a table). The rows of a project's keys (项目名称 | …, 主管部门 | …) are a section of their own
     * wherever they stand: at the top of the form, where no headings row follows them, they would otherwise be read
     * as the table's header, and after another project's indicators under those indicators' headings.
     */
    static List<Section> of(String title, TableBuilder.Grid grid) {
        if (title == null || !ExtractedTable.isFormTitle(Texts.withoutWhitespace(title))) {
            return List.of();
        }
        List<TableBuilder.Row> rows = new ArrayList<>(grid.printedHeader());
        rows.addAll(grid.body());
        // where each section starts, and how many rows of headings it has (0: key and value rows)
        List<int[]> starts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int headings = headingRows(rows, r);
            if (headings > 0) {
                starts.add(new int[] {r, headings});
                r += headings - 1;
            } else if (opensKeys(rows.get(r)) && !starts.isEmpty() && starts.get(starts.size() - 1)[1] > 0) {
                starts.add(new int[] {r, 0});
            }
        }
        boolean opensWithKeys = !rows.isEmpty() && opensKeys(rows.get(0)) && (starts.isEmpty() || starts.get(0)[0] > 0);
        if (starts.isEmpty() && !opensWithKeys) {
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        int first = starts.isEmpty() ? rows.size() : starts.get(0)[0];
        if (first > 0) {
            sections.add(new Section(blankHeadings(grid.width()), rows.subList(0, first)));
        }
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s)[0];
            int headings = starts.get(s)[1];
            int to = s + 1 < starts.size() ? starts.get(s + 1)[0] : rows.size();
            if (headings == 0) {
                sections.add(new Section(blankHeadings(grid.width()), rows.subList(from, to)));
                continue;
            }
            List<List<String>> header = rows.subList(from, from + headings).stream()
                    .map(row -> row.cells().stream().map(Texts::withoutWhitespace).toList()).toList();
            List<String> paths = headings == 1 ? header.get(0) : HeaderGrid.paths(header, grid.width());
            sections.add(new Section(paths, rows.subList(from + headings, to)));
        }
        return sections.size() > 1 || opensWithKeys ? sections : List.of();
    }

    /**
     * How many rows of headings start at this row: one, or two where a second row of headings (总额 | 财政拨款 | 其他资金)
     * stands under the first (全年预算数（万元） | 全年执行数（万元）); 0 when the row heads no section.
     */
    private static int headingRows(List<TableBuilder.Row> rows, int r) {
        if (r + 1 >= rows.size() || !isHeadings(rows.get(r), rows.get(r + 1))) {
            return 0;
        }
        return r + 2 < rows.size() && isHeadings(rows.get(r + 1), rows.get(r + 2)) ? 2 : 1;
    }

    /** A row that opens a project's keys: 项目名称 and its value, and nothing else but another key and its value. */
    private static boolean opensKeys(TableBuilder.Row row) {
        List<String> printed = row.cells().stream().map(Texts::withoutWhitespace).filter(c -> !c.isEmpty()).toList();
        return printed.size() >= 2 && printed.size() <= 4 && FIRST_KEY.matcher(printed.get(0)).matches()
                && !FIRST_KEY.matcher(printed.get(1)).matches();
    }

    /**
     * A row of three or more short texts and no figure, over a row that fills at least two of its columns: the
     * headings of the section below.
     */
    private static boolean isHeadings(TableBuilder.Row row, TableBuilder.Row next) {
        if (opensWithKey(row)) {
            return false;
        }
        int headings = 0;
        int under = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            String printed = Texts.withoutWhitespace(row.cells().get(c));
            if (printed.isEmpty()) {
                continue;
            }
            String text = BRACKETED.matcher(printed).replaceAll("");
            if (text.isEmpty() || printed.length() > HEADING || isFigure(printed) || VALUE_LIKE.matcher(text).matches()) {
                return false;
            }
            headings++;
            if (c < next.cells().size() && !next.cells().get(c).isBlank()) {
                under++;
            }
        }
        return headings >= 3 && under >= 2;
    }

    private static boolean opensWithKey(TableBuilder.Row row) {
        return row.cells().stream().map(Texts::withoutWhitespace).filter(c -> !c.isEmpty()).findFirst()
                .filter(c -> KEY.matcher(c).matches()).isPresent();
    }

    private static boolean isFigure(String text) {
        return AmountParser.parseCell(text, AmountUnit.UNKNOWN).isPresent() || PERCENT.matcher(text).matches();
    }

    private static List<String> blankHeadings(int width) {
        List<String> blank = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            blank.add("");
        }
        return blank;
    }
}
