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

    /** One section: the headings over its columns ("" where none; none at all for key and value rows) and its rows. */
    record Section(List<String> headings, List<TableBuilder.Row> body) {
    }

    private FormSections() {
    }

    /** The form's sections, or none when the table is not a form (or has a single section: it reads as a table). */
    static List<Section> of(String title, TableBuilder.Grid grid) {
        if (title == null || !ExtractedTable.isFormTitle(Texts.withoutWhitespace(title))) {
            return List.of();
        }
        List<TableBuilder.Row> rows = new ArrayList<>(grid.printedHeader());
        rows.addAll(grid.body());
        List<Integer> starts = new ArrayList<>();
        for (int r = 0; r + 1 < rows.size(); r++) {
            if (isHeadings(rows.get(r), rows.get(r + 1))) {
                starts.add(r);
            }
        }
        if (starts.isEmpty()) {
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        if (starts.get(0) > 0) {
            sections.add(new Section(blankHeadings(grid.width()), rows.subList(0, starts.get(0))));
        }
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : rows.size();
            List<String> headings = rows.get(from).cells().stream().map(Texts::withoutWhitespace).toList();
            sections.add(new Section(headings, rows.subList(from + 1, to)));
        }
        return sections.size() > 1 ? sections : List.of();
    }

    /**
     * A row of three or more short texts and no figure, over a row that fills at least two of its columns: the
     * headings of the section below.
     */
    private static boolean isHeadings(TableBuilder.Row row, TableBuilder.Row next) {
        int headings = 0;
        int under = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            String text = Texts.withoutWhitespace(row.cells().get(c));
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > HEADING || isFigure(text) || VALUE_LIKE.matcher(text).matches()) {
                return false;
            }
            headings++;
            if (c < next.cells().size() && !next.cells().get(c).isBlank()) {
                under++;
            }
        }
        return headings >= 3 && under >= 2;
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
