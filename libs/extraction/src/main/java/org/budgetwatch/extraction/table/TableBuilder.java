package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.classify.TableClassifier;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.LineSpan;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;

/**
 * Turns a block of rows into typed tables: header rows flattened into column paths, 序号 and 栏次 dropped,
 * label columns told from figure columns, codes parsed, total rows and columns marked, two-sided summaries split.
 */
final class TableBuilder {

    static final String UNTITLED = "未命名表格";
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(.{0,8}(合计|总计)|小计)$");
    private static final Pattern EMPTY_NOTE = Pattern.compile(".*(无|没有|未安排|未编制|不涉及|为空|为0|为零).*");
    private static final Pattern TOTAL_COLUMN = Pattern.compile(".*(合计|总计|小计)$");
    /** The number of an item in a list: 表1, 12, 三、, （四）. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("表?[0-9]{1,3}|[一二三四五六七八九十]{1,3}、?|[（(][一二三四五六七八九十0-9]{1,3}[）)]");

    private TableBuilder() {
    }

    /**
     * The block's grid: rows of cells without furniture rows, 序号 column and 栏次 rows.
     *
     * @param spansKnown whether the header rows give each column the text of the heading that covers it (a reader that
     *                   saw the merged cells); else the header is spread by {@link HeaderGrid}'s rules
     */
    record Grid(List<List<String>> header, List<Row> body, int width, boolean spansKnown, List<Row> printedHeader) {
    }

    /** A row as read: its line, its page (paged formats) and its cells, one per column. */
    record Row(int line, Integer page, List<String> cells) {
    }

    static Grid grid(TableBlock block) {
        List<Row> rows = new ArrayList<>();
        for (SourceLine line : block.rows()) {
            rows.add(new Row(line.number(), line.page(), new ArrayList<>(line.cells())));
        }
        return grid(rows, null);
    }

    /**
     * @param covering per row, each column's covering heading (merged cells spread over their span), or null when
     *                 the reader does not know the spans
     */
    static Grid grid(List<Row> printed, List<List<String>> covering) {
        List<Row> rows = new ArrayList<>();
        List<List<String>> covers = new ArrayList<>();
        for (int r = 0; r < printed.size(); r++) {
            Row row = printed.get(r);
            if (!TableBlockFinder.isFurnitureRow(row.cells())) {
                rows.add(new Row(row.line(), row.page(), new ArrayList<>(row.cells())));
                covers.add(covering == null ? null : new ArrayList<>(covering.get(r)));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            rows.get(r).cells().replaceAll(TableBuilder::withoutUnit);
            if (covers.get(r) != null) {
                covers.get(r).replaceAll(TableBuilder::withoutUnit);
            }
        }
        dropLineNumberColumns(rows, covers);
        int listStart = numberedListStart(rows);
        boolean numbered = rows.stream().limit(3).anyMatch(r -> !r.cells().isEmpty() && r.cells().get(0).replace(" ", "").equals("序号"));
        if (numbered) {
            for (int r = 0; r < rows.size(); r++) {
                if (!rows.get(r).cells().isEmpty()) {
                    rows.get(r).cells().remove(0);
                }
                if (covers.get(r) != null && !covers.get(r).isEmpty()) {
                    covers.get(r).remove(0);
                }
            }
        }
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            width = Math.max(width, filledWidth(rows.get(r).cells()));
            if (covers.get(r) != null) {
                width = Math.max(width, filledWidth(covers.get(r)));
            }
        }
        for (int r = 0; r < rows.size(); r++) { // every row as wide as the table, so a header repeated on a new page compares equal
            fit(rows.get(r).cells(), width);
            if (covers.get(r) != null) {
                fit(covers.get(r), width);
            }
        }
        int headerCount = 0;
        while (headerCount < rows.size() && !hasFigure(rows.get(headerCount).cells())) {
            headerCount++;
        }
        if (headerCount == rows.size() && listStart > 0) { // a list of words (a 目录 of tables): it starts at its first item
            headerCount = listStart;
        } else if (headerCount == rows.size()) { // an empty table: the header ends at its 合计 row, or after three rows
            headerCount = 0;
            while (headerCount < rows.size() && !isTotalRow(rows.get(headerCount).cells())) {
                headerCount++;
            }
            if (headerCount == rows.size() || headerCount == 0) {
                headerCount = Math.min(rows.size(), 3);
            }
        }
        if (headerCount > 0) {
            blankCornerNote(rows.get(0).cells(), width);
        }
        // merged headings seen by the reader give each column its heading; where none is merged (every heading cell
        // bordered on its own) the header is spread by the same rules as a text export's
        boolean spansKnown = false;
        for (int r = 0; r < headerCount; r++) {
            spansKnown |= covers.get(r) != null && !covers.get(r).equals(rows.get(r).cells());
        }
        List<List<String>> header = new ArrayList<>();
        List<Row> printedHeader = new ArrayList<>();
        List<Row> body = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (isColumnNumbering(rows.get(r).cells())) {
                continue;
            }
            if (r < headerCount) {
                header.add(spansKnown ? covers.get(r) : rows.get(r).cells());
                printedHeader.add(rows.get(r));
            } else if (body.isEmpty() || !header.contains(rows.get(r).cells()) && !header.contains(covers.get(r))) {
                body.add(rows.get(r)); // else a header repeated on a new page
            }
        }
        return new Grid(header, body, width, spansKnown, printedHeader);
    }

    /**
     * 行次 columns number the rows of a final-accounts table (1, 2, … 60): references, not figures. They are
     * dropped wherever they stand (each side of a 收入支出决算总表 has one).
     */
    private static void dropLineNumberColumns(List<Row> rows, List<List<String>> covers) {
        for (int r = 0; r < Math.min(4, rows.size()); r++) {
            List<String> cells = rows.get(r).cells();
            for (int c = cells.size() - 1; c >= 0; c--) {
                if (Texts.withoutWhitespace(cells.get(c)).equals("行次")) {
                    for (int all = 0; all < rows.size(); all++) {
                        if (c < rows.get(all).cells().size()) {
                            rows.get(all).cells().remove(c);
                        }
                        if (covers.get(all) != null && c < covers.get(all).size()) {
                            covers.get(all).remove(c);
                        }
                    }
                }
            }
        }
    }

    /**
     * The unit printed in the first header row over the last column (OCR's "平世: 刀儿" for 单位：万元) is no heading of
     * that column.
     */
    private static void blankCornerNote(List<String> firstHeaderRow, int width) {
        if (width >= 2 && firstHeaderRow.size() == width && TableBlockFinder.isCornerNote(firstHeaderRow.get(width - 1))) {
            firstHeaderRow.set(width - 1, "");
        }
    }

    private static String withoutUnit(String cell) {
        return cell.length() < 16 && cell.contains("单位") && TableBlockFinder.UNIT.matcher(cell).find() ? "" : cell;
    }

    private static int filledWidth(List<String> cells) {
        for (int c = cells.size() - 1; c >= 0; c--) {
            if (!cells.get(c).isEmpty()) {
                return c + 1;
            }
        }
        return 0;
    }

    private static void fit(List<String> cells, int width) {
        while (cells.size() < width) {
            cells.add("");
        }
        while (cells.size() > width) {
            cells.remove(cells.size() - 1);
        }
    }

    static List<ExtractedTable> build(int firstIndex, TableBlock block, Grid printedGrid, AmountUnit unit) {
        Grid grid = printedGrid.spansKnown() ? printedGrid : new Grid(printedGrid.header(),
                LostCells.realign(printedGrid.header(), printedGrid.body(), printedGrid.width()), printedGrid.width(), false,
                printedGrid.printedHeader());
        String title = block.title() == null ? UNTITLED : block.title();
        TableType type = block.title() == null ? TableType.OTHER : TableClassifier.classify(title);
        List<String> paths = HeaderGrid.paths(grid.header(), grid.width(), grid.spansKnown(), grid.body().stream().map(Row::cells).toList());
        LineSpan span = new LineSpan(block.page(), block.firstLine(), block.lastLine());
        String emptyNote = block.noteAfter() != null && EMPTY_NOTE.matcher(block.noteAfter()).matches() ? block.noteAfter() : null;
        List<FormSections.Section> sections = FormSections.of(title, grid);
        if (!sections.isEmpty()) { // a form: each section under its own headings
            List<ExtractedTable> tables = new ArrayList<>();
            for (FormSections.Section section : sections) {
                List<String> sectionPaths = section.headings();
                boolean[] sectionLabels = section.keysAndValues() ? keyColumn(sectionPaths.size())
                        : ColumnRoles.labelColumns(sectionPaths, section.body().stream().map(Row::cells).toList());
                Part part = Part.of(sectionPaths, sectionLabels, new int[] {0, sectionPaths.size()}, TableSide.WHOLE);
                ExtractedTable read = table(firstIndex + tables.size(), type, title, TableSide.WHOLE, unit, span, part, section.body(), emptyNote);
                if (!read.isBlank()) {
                    tables.add(read); // a section of headings alone (nothing filled in under them) is no table of its own
                }
            }
            return tables.isEmpty() ? List.of(table(firstIndex, type, title, TableSide.WHOLE, unit, span,
                    Part.of(paths, new boolean[paths.size()], new int[] {0, paths.size()}, TableSide.WHOLE), grid.body(), emptyNote)) : tables;
        }
        List<List<String>> cells = grid.body().stream().map(Row::cells).toList();
        boolean[] label = ColumnRoles.labelColumns(paths, cells);
        if (!anyOf(label) && !paths.isEmpty() && !holdsOnlyFigures(grid.body(), 0)) {
            label[0] = true; // a table with no label column at all (三公 tables often) has figures from the first
        }
        paths = StandardColumns.read(type, paths, label, cells);
        List<int[]> parts = ColumnRoles.parts(label);
        List<ExtractedTable> tables = new ArrayList<>();
        if (parts.size() > 1 && (isTwoSided(grid.header()) || sidesByLabels(cells, parts))) {
            Part income = Part.of(paths, label, parts.get(0), TableSide.INCOME);
            tables.add(table(firstIndex, type, title, TableSide.INCOME, unit, span, income, rowsOf(grid.body(), List.of(parts.get(0))), emptyNote));
            // the expenditure side may print several classifications side by side (功能分类 | 经济分类 | 支出用途):
            // one expenditure table, block after block
            List<int[]> blocks = parts.subList(1, parts.size());
            Part expenditure = Part.of(paths, label, blocks.get(0), TableSide.EXPENDITURE);
            tables.add(table(firstIndex + 1, type, title, TableSide.EXPENDITURE, unit, span, expenditure,
                    blocks.size() == 1 ? rowsOf(grid.body(), blocks) : blockRows(grid.body(), blocks, label), emptyNote));
            return tables;
        }
        if (parts.size() > 1 && sameLeaves(paths, parts)) { // halves printed side by side: one table, each half's rows in turn
            Part part = Part.of(paths, label, parts.get(0), TableSide.WHOLE);
            return List.of(table(firstIndex, type, title, TableSide.WHOLE, unit, span, part, rowsOf(grid.body(), parts), emptyNote));
        }
        Part whole = Part.of(paths, label, new int[] {0, paths.size()}, TableSide.WHOLE);
        return List.of(table(firstIndex, type, title, TableSide.WHOLE, unit, span, whole, rowsOf(grid.body(), List.of(new int[] {0, paths.size()})), emptyNote));
    }

    /**
     * Key and value rows are named by their first column (项目名称, 项目资金（万元）); every other cell is a key or a value
     * (年度资金总额 | 30.00, 其中：财政拨款 | 30.00), kept in its column, so that no key printed under a merged one is lost.
     */
    private static boolean[] keyColumn(int width) {
        boolean[] label = new boolean[width];
        if (width > 0) {
            label[0] = true;
        }
        return label;
    }

    /** The columns of one side or half of a table, with their paths and roles. */
    private record Part(List<String> paths, boolean[] label) {

        static Part of(List<String> allPaths, boolean[] allLabels, int[] range, TableSide side) {
            List<String> paths = allPaths.subList(range[0], range[1]).stream()
                    .map(p -> side == TableSide.WHOLE ? p : p.replaceFirst("^(收入|支出)/", "")).toList();
            boolean[] label = java.util.Arrays.copyOfRange(allLabels, range[0], range[1]);
            return new Part(paths, label);
        }
    }

    /** The body's rows over the given column ranges: all rows of the first range, then all of the second… */
    private static List<Row> rowsOf(List<Row> body, List<int[]> ranges) {
        List<Row> rows = new ArrayList<>();
        int width = ranges.get(0)[1] - ranges.get(0)[0];
        for (int[] range : ranges) {
            for (Row row : body) {
                List<String> cells = slice(row, range, width);
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(new Row(row.line(), row.page(), cells));
                }
            }
        }
        return rows;
    }

    /**
     * The rows of blocks printed side by side on one side of a summary, block after block. A row whose name is printed
     * in the first block and whose figure in a later one (a 支出合计 whose name cell spans the blocks) closes the
     * side: it follows the last block, with its name and that figure.
     */
    private static List<Row> blockRows(List<Row> body, List<int[]> blocks, boolean[] label) {
        List<Row> rows = new ArrayList<>();
        List<Row> spanning = new ArrayList<>();
        java.util.Set<Row> spans = new java.util.HashSet<>();
        int width = blocks.get(0)[1] - blocks.get(0)[0];
        for (Row row : body) {
            List<String> first = slice(row, blocks.get(0), width);
            if (!hasName(first, blocks.get(0), label) || hasFigureIn(first, blocks.get(0), label)) {
                continue;
            }
            for (int b = blocks.size() - 1; b > 0; b--) {
                List<String> later = slice(row, blocks.get(b), width);
                if (!hasName(later, blocks.get(b), label) && hasFigureIn(later, blocks.get(b), label)) {
                    List<String> merged = new ArrayList<>(first);
                    for (int c = 0; c < width; c++) {
                        int column = blocks.get(b)[0] + c;
                        if (column < blocks.get(b)[1] && !label[column] && !later.get(c).isEmpty()) {
                            merged.set(c, later.get(c));
                        }
                    }
                    spanning.add(new Row(row.line(), row.page(), merged));
                    spans.add(row);
                    break;
                }
            }
        }
        rows.addAll(rowsOf(body.stream().filter(row -> !spans.contains(row)).toList(), blocks));
        rows.addAll(spanning);
        return rows;
    }

    private static List<String> slice(Row row, int[] range, int width) {
        List<String> cells = new ArrayList<>(row.cells().subList(Math.min(range[0], row.cells().size()), Math.min(range[1], row.cells().size())));
        fit(cells, width);
        return cells;
    }

    private static boolean hasName(List<String> cells, int[] range, boolean[] label) {
        for (int c = 0; c < cells.size() && range[0] + c < range[1]; c++) {
            if (label[range[0] + c] && !Texts.withoutWhitespace(cells.get(c)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFigureIn(List<String> cells, int[] range, boolean[] label) {
        for (int c = 0; c < cells.size() && range[0] + c < range[1]; c++) {
            if (!label[range[0] + c] && AmountParser.parseCell(cells.get(c), AmountUnit.UNKNOWN).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOf(boolean[] values) {
        for (boolean v : values) {
            if (v) {
                return true;
            }
        }
        return false;
    }

    /** A 收入 / 支出 summary: its top header row names both sides. */
    private static boolean isTwoSided(List<List<String>> header) {
        if (header.isEmpty()) {
            return false;
        }
        String top = Texts.withoutWhitespace(String.join("|", header.get(0)));
        return top.contains("收入") && top.contains("支出");
    }

    /**
     * A 收入 / 支出 summary whose header does not say so (an OCR'd header, a header without the two headings): the
     * first part's rows name income (本年收入, 收入总计) and the second's expenditure (本年支出, 支出总计).
     */
    private static boolean sidesByLabels(List<List<String>> cells, List<int[]> parts) {
        return partSays(cells, parts.get(0), "收入") && partSays(cells, parts.get(1), "支出");
    }

    private static boolean partSays(List<List<String>> cells, int[] part, String word) {
        for (List<String> row : cells) {
            for (int c = part[0]; c < part[1] && c < row.size(); c++) {
                String text = Texts.withoutWhitespace(row.get(c));
                if (text.contains(word) && (text.contains("合计") || text.contains("总计") || text.contains("本年"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The parts are halves of one table: the same headings, part by part. */
    private static boolean sameLeaves(List<String> paths, List<int[]> parts) {
        List<String> first = leaves(paths, parts.get(0));
        return parts.stream().allMatch(p -> leaves(paths, p).equals(first));
    }

    private static List<String> leaves(List<String> paths, int[] range) {
        return paths.subList(range[0], range[1]).stream().map(p -> Texts.withoutWhitespace(p.substring(p.lastIndexOf('/') + 1))).toList();
    }

    /**
     * Where a list of numbered items starts (表1, 表2 …; 1, 2 …; 一、二、…): the first of two or more rows after the first
     * whose first cell is an item number in sequence; -1 when the rows are no such list.
     */
    static int numberedListStart(List<Row> rows) {
        for (int r = 1; r < Math.min(rows.size() - 1, 5); r++) {
            if (itemNumber(rows.get(r).cells()) && itemNumber(rows.get(r + 1).cells())) {
                return r;
            }
        }
        return -1;
    }

    private static boolean itemNumber(List<String> cells) {
        return !cells.isEmpty() && ITEM_NUMBER.matcher(Texts.withoutWhitespace(cells.get(0))).matches();
    }

    /** A 合计 line with nothing else printed (the total row of an empty table), not a header naming a 合计 column. */
    private static boolean isTotalRow(List<String> cells) {
        List<String> printed = cells.stream().map(Texts::withoutWhitespace).filter(c -> !c.isEmpty()).toList();
        return printed.size() == 1 && TOTAL_LABEL.matcher(printed.get(0)).matches();
    }

    private static boolean hasFigure(List<String> cells) {
        return cells.stream().skip(1).anyMatch(c -> AmountParser.parseCell(c, AmountUnit.UNKNOWN).isPresent())
                && !isColumnNumbering(cells);
    }

    /** A 栏次 row: "栏次 1 2 3" or only the column numbers. */
    private static boolean isColumnNumbering(List<String> cells) {
        List<String> filled = cells.stream().map(c -> c.replace(" ", "")).filter(c -> !c.isEmpty()).toList();
        if (filled.isEmpty()) {
            return false;
        }
        if (filled.get(0).equals("栏次")) {
            return true;
        }
        for (int i = 0; i < filled.size(); i++) {
            if (!filled.get(i).equals(String.valueOf(i + 1))) {
                return false;
            }
        }
        return filled.size() >= 3;
    }

    private static ExtractedTable table(int index, TableType type, String title, TableSide side, AmountUnit unit, LineSpan span,
                                        Part part, List<Row> body, String emptyNote) {
        List<List<String>> bodyCells = body.stream().map(Row::cells).toList();
        boolean[] text = ColumnRoles.textColumns(part.label(), part.paths(), bodyCells);
        List<TableColumn> columns = new ArrayList<>();
        List<TableColumn> textColumns = new ArrayList<>();
        for (int c = 0; c < part.paths().size(); c++) {
            if (!part.label()[c]) {
                String path = part.paths().get(c).isEmpty() ? "列" + (c + 1) : part.paths().get(c);
                (text[c] ? textColumns : columns).add(new TableColumn(c, path, TOTAL_COLUMN.matcher(path).matches()));
            }
        }
        RowReader reader = new RowReader(part.label(), part.paths(), columns, textColumns, unit, bodyCells);
        List<TableRow> rows = new ArrayList<>();
        for (Row row : body) {
            reader.read(rows.size(), row.line(), row.page(), row.cells()).ifPresent(rows::add);
        }
        ExtractedTable read = new ExtractedTable(index, type, title, side, unit, span, columns, rows, null, textColumns);
        return read.isBlank() && emptyNote != null
                ? new ExtractedTable(index, type, title, side, unit, span, columns, rows, emptyNote, textColumns) : read;
    }

    /** Every row of the body has a figure in this column (and there are rows). */
    private static boolean holdsOnlyFigures(List<Row> body, int column) {
        return !body.isEmpty() && body.stream().allMatch(r -> column < r.cells().size()
                && AmountParser.parseCell(r.cells().get(column), AmountUnit.UNKNOWN).isPresent());
    }
}
