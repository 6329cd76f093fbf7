package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.table.PagedLine;
import org.budgetwatch.extraction.table.PrintedTable;
import org.budgetwatch.extraction.table.TableTitles;

/**
 * Puts a document's pages together: prose lines joined into paragraphs (across page breaks too), page numbers
 * dropped, each table given the title and unit printed above it, and a table that goes on at the top of the next
 * page (no title of its own, as many columns) joined to the one before, its repeated header left out.
 */
final class DocumentAssembler {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－\\s]*(第\\s*)?[0-9]{1,3}(\\s*页)?[-—–－\\s]*$|^[-—–－\\s]*[0-9]{1,3}\\s*/\\s*[0-9]{1,3}[-—–－\\s]*$");
    private static final Pattern UNIT = Pattern.compile("单位\\s*[:：]?\\s*(?:[^\\s:：]*[:：]\\s*)?(亿元|万元|元)");
    private static final Pattern TITLE_WORDS = Pattern.compile(".*(表|情况|明细|预算|决算|汇总).*");
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "^(注|备注|说明)[:：\\s].*|^(单位|部门|金额单位|编制单位|编制部门|单位名称|部门名称|预算单位)\\s*[(（]?[^:：]{0,4}[:：].*|.*[。；]$");
    private static final int TITLE_LOOKBACK = 6;
    /** The most characters the second line of a wrapped title has when it holds only the title's end (算表, 支出表). */
    private static final int WRAPPED_TAIL = 6;
    private static final Pattern TABLE_NUMBER = Pattern.compile(
            "^(部门|单位)?(公开|预算|决算)?(附)?表[0-9一二三四五六七八九十]+([-－][0-9]+)?$|^(部门|单位)?(公开|预算|决算)[0-9一二三四五六七八九十]+表$");
    private static final Pattern TOTAL = Pattern.compile("^\\s*(.{0,8}(合\\s*计|总\\s*计)|小\\s*计)\\s*$");

    private final List<PagedLine> lines = new ArrayList<>();
    private final List<PrintedTable> tables = new ArrayList<>();
    private final List<PageBlock.Line> sinceLastTable = new ArrayList<>();
    private final ParagraphLines paragraphs;
    private OpenTable open;
    private StringBuilder paragraph;
    private PageBlock.Line paragraphEnd;
    private int pageOfParagraph;
    /** Where the paragraph goes on on a new page: offsets in its text. */
    private final List<Integer> pageBreaks = new ArrayList<>();
    /** Page headers and footers printed inside the paragraph (over its page break), laid out after it. */
    private final List<PagedLine> furnitureInParagraph = new ArrayList<>();

    /** The table being read, which the next page may continue. */
    private static final class OpenTable {
        String title;
        AmountUnit unit;
        int width;
        /** The column borders of its last page, where it was printed without rulings (null for a ruled table). */
        float[] edges;
        int headerRows;
        List<GridRow> header = new ArrayList<>();
        List<PrintedTable.Row> rows = new ArrayList<>();
        GridRow lastRow;
        int lastPage;
        boolean linesAfter;
        String noteAfter;
    }

    private DocumentAssembler(ParagraphLines paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** @param pages each page's blocks, top to bottom */
    static DocumentAssembler of(List<List<PageBlock>> pages) {
        DocumentAssembler assembler = new DocumentAssembler(ParagraphLines.of(pages));
        for (List<PageBlock> page : pages) {
            for (PageBlock block : page) {
                if (block instanceof PageBlock.Line line) {
                    assembler.line(line);
                } else {
                    assembler.table(((PageBlock.Table) block).table());
                }
            }
        }
        assembler.endParagraph();
        assembler.closeTable();
        return assembler;
    }

    List<PagedLine> lines() {
        return lines;
    }

    List<PrintedTable> tables() {
        return tables;
    }

    private void line(PageBlock.Line line) {
        String text = line.text().strip();
        if (text.isEmpty() || isPageNumber(text)) {
            return;
        }
        sinceLastTable.add(line);
        if (open != null) {
            open.linesAfter = true;
            if (open.noteAfter == null && line.page() == open.lastPage) {
                open.noteAfter = text;
            }
        }
        if (paragraph != null && paragraphs.isFurniture(line)) {
            furnitureInParagraph.add(new PagedLine(line.page(), text));
            return;
        }
        if (paragraph != null && paragraphs.continues(paragraphEnd, paragraph, line)) {
            paragraph.append(ParagraphLines.separator(paragraphEnd, text));
            if (line.page() != paragraphEnd.page()) {
                pageBreaks.add(paragraph.length());
            }
            paragraph.append(text);
            paragraphEnd = line;
            return;
        }
        endParagraph();
        paragraph = new StringBuilder(text);
        paragraphEnd = line;
        pageOfParagraph = line.page();
    }

    private void endParagraph() {
        if (paragraph != null) {
            lines.add(new PagedLine(pageOfParagraph, paragraph.toString(), pageBreaks));
            lines.addAll(furnitureInParagraph);
            paragraph = null;
            pageBreaks.clear();
            furnitureInParagraph.clear();
        }
    }

    private void table(PageTable initial) {
        endParagraph();
        PageTable table = onOpenTablesColumns(initial);
        List<GridRow> rows = new ArrayList<>(table.rows());
        String title = null;
        AmountUnit unit = AmountUnit.UNKNOWN;
        // a title or unit printed inside the table's frame, as a row of one cell
        while (!rows.isEmpty() && isCaption(rows.get(0))) {
            String caption = String.join("", rows.get(0).printed()).strip();
            unit = unit == AmountUnit.UNKNOWN ? unitOf(caption) : unit;
            if (title == null && UNIT.matcher(caption).find() == false && TITLE_WORDS.matcher(caption).matches()) {
                title = caption;
            }
            rows.remove(0);
        }
        List<PageBlock.Line> above = sinceLastTable.stream().filter(l -> l.page() == table.page()).toList();
        String number = null;
        // the title may end the page before (a page break between a title and its table)
        for (int i = sinceLastTable.size() - 1, seen = 0; i >= 0 && seen < TITLE_LOOKBACK && sinceLastTable.get(i).page() >= table.page() - 1; i--, seen++) {
            String text = sinceLastTable.get(i).text().strip();
            if (unit == AmountUnit.UNKNOWN && UNIT.matcher(text).find()) {
                unit = unitOf(text);
                continue;
            }
            if (title == null && isTitle(text)) {
                if (TABLE_NUMBER.matcher(text.replace(" ", "")).matches()) {
                    number = number == null ? text : number; // 公开01表, 表1: the table's number; its title may be above
                    continue;
                }
                title = TableTitles.clean(wrappedTitle(i));
                break;
            }
        }
        if (title == null && number != null) {
            title = TableTitles.clean(number);
        }
        boolean sameTitleAndHeader = title != null && open != null && title.equals(open.title) && !rows.isEmpty() && isRepeatedHeader(rows.get(0));
        if (sameTitleAndHeader || (title == null || open != null && title.equals(open.title)) && continuesOpenTable(table, above)) {
            boolean first = true;
            List<PrintedTable.Row> before = List.copyOf(open.rows);
            for (GridRow row : rows) {
                if (open.rows.size() > 0 && isRepeatedHeader(row) || repeatsARow(before, row)) {
                    continue; // the header, or a total row, printed again where the table goes on
                }
                if (first && !open.rows.isEmpty() && restOfRowAbove(open.lastRow, row)) {
                    joinToRowAbove(row); // a row a word processor broke over the page break
                } else {
                    open.rows.add(row(row));
                }
                first = false;
            }
            open.lastPage = table.page();
            open.linesAfter = false;
            sinceLastTable.clear();
            return;
        }
        closeTable();
        open = new OpenTable();
        open.title = title;
        open.unit = unit;
        open.width = table.width();
        open.edges = table.ruled() ? null : table.edges();
        for (GridRow row : rows) {
            open.rows.add(row(row));
            if (open.header.size() < 4) {
                open.header.add(row);
            }
        }
        open.lastPage = table.page();
        sinceLastTable.clear();
    }

    private PrintedTable.Row row(GridRow row) {
        lines.add(new PagedLine(row.page(), String.join("\t", row.printed())));
        if (open != null) {
            open.lastRow = row;
        }
        return new PrintedTable.Row(lines.size(), row.page(), Arrays.asList(row.printed()), Arrays.asList(row.covering()));
    }

    /**
     * The first row of a page that only finishes the last row of the page before: no code and no figure of its own,
     * text only in columns where that row has text, and that row has a code or a figure (a label broken mid-word).
     */
    private static boolean restOfRowAbove(GridRow above, GridRow row) {
        if (above == null || above.width() != row.width()) {
            return false;
        }
        boolean any = false;
        boolean aboveCounts = false;
        for (int c = 0; c < row.width(); c++) {
            String before = above.printed()[c];
            String after = row.printed()[c];
            aboveCounts |= VisualLine.isFigure(before) || org.budgetwatch.extraction.classify.CodeParser.parse(before).isPresent();
            if (after.isBlank()) {
                continue;
            }
            any = true;
            if (VisualLine.isFigure(after) || org.budgetwatch.extraction.classify.CodeParser.parse(after).isPresent()
                    || before.isBlank() || VisualLine.isFigure(before) || VisualLine.startsNewRow(after)) {
                return false;
            }
        }
        return any && aboveCounts;
    }

    private void joinToRowAbove(GridRow rest) {
        PrintedTable.Row last = open.rows.remove(open.rows.size() - 1);
        String[] printed = last.printed().toArray(String[]::new);
        String[] covering = last.covering().toArray(String[]::new);
        for (int c = 0; c < printed.length; c++) {
            printed[c] += rest.printed()[c];
            covering[c] += rest.printed()[c];
        }
        lines.set(last.line() - 1, new PagedLine(last.page(), String.join("\t", printed)));
        open.rows.add(new PrintedTable.Row(last.line(), last.page(), Arrays.asList(printed), Arrays.asList(covering)));
        open.lastRow = new GridRow(last.page(), 0, 0, printed, covering);
    }

    /**
     * A table printed without rulings at the top of the page after the open one's, with no header and fewer columns:
     * its body goes on, and the columns blank on this page have no figure to be seen by. Laid over the open table's
     * columns where each of its own falls in one of them (pages of one table share their columns' places).
     */
    private PageTable onOpenTablesColumns(PageTable table) {
        if (open == null || open.edges == null || table.ruled() || table.page() != open.lastPage + 1 || table.width() >= open.width
                || table.rows().isEmpty() || Arrays.stream(table.rows().get(0).printed()).noneMatch(VisualLine::isFigure)) {
            return table;
        }
        return PageTables.onColumns(table, open.edges).orElse(table);
    }

    /** Starts at the top of the page after the open table's, with as many columns and nothing but furniture between. */
    private boolean continuesOpenTable(PageTable table, List<PageBlock.Line> above) {
        if (open == null || table.width() != open.width || table.page() != open.lastPage + 1) {
            return false;
        }
        for (PageBlock.Line line : sinceLastTable) {
            String text = line.text().strip();
            if (line.page() == open.lastPage && text.length() > 40) {
                return false; // prose after the table on its own page: the table ended there
            }
        }
        return above.stream().allMatch(l -> l.text().length() <= 40);
    }

    private boolean isRepeatedHeader(GridRow row) {
        for (GridRow header : open.header) {
            if (Arrays.equals(header.printed(), row.printed()) && !row.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A total row printed again where the table goes on, exactly as before (a 合计 repeated on each page). */
    private static boolean repeatsARow(List<PrintedTable.Row> before, GridRow row) {
        List<String> printed = Arrays.asList(row.printed());
        boolean total = printed.stream().anyMatch(c -> TOTAL.matcher(c).matches());
        return total && before.stream().anyMatch(r -> r.printed().equals(printed));
    }

    private void closeTable() {
        if (open == null) {
            return;
        }
        int first = open.rows.get(0).line();
        int last = open.rows.get(open.rows.size() - 1).line();
        tables.add(new PrintedTable(open.title, open.unit, open.noteAfter, first, last, open.rows));
        open = null;
    }

    /** A row of one filled cell before any heading: a caption inside the table's frame (title, unit, owner). */
    private static boolean isCaption(GridRow row) {
        long filled = Arrays.stream(row.printed()).filter(c -> !c.isBlank()).count();
        if (filled != 1) {
            return filled == 2 && Arrays.stream(row.printed()).anyMatch(c -> UNIT.matcher(c).find());
        }
        String text = Arrays.stream(row.printed()).filter(c -> !c.isBlank()).findFirst().orElseThrow();
        return UNIT.matcher(text).find() || text.length() > 4 && text.contains("表") && !text.contains("合计");
    }

    /**
     * The title ending on line {@code i} of the text since the last table, with its first part when a long title wraps
     * (…“三公”经费、会议费、培训费支出预 / 算表): a short last line right under a line that does not end a title.
     */
    private String wrappedTitle(int i) {
        PageBlock.Line last = sinceLastTable.get(i);
        String text = last.text().strip();
        if (i == 0 || text.replace(" ", "").length() > WRAPPED_TAIL) {
            return text;
        }
        PageBlock.Line above = sinceLastTable.get(i - 1);
        String first = above.text().strip();
        boolean adjacent = above.page() == last.page() && last.line().baseline() - above.line().baseline() < 2.2f * last.line().size();
        boolean unfinished = !first.isEmpty() && !first.endsWith("表") && !UNIT.matcher(first).find() && "。；：:".indexOf(first.charAt(first.length() - 1)) < 0
                && !TABLE_NUMBER.matcher(first.replace(" ", "")).matches();
        return adjacent && unfinished && first.length() + text.length() <= 80 ? first + text : text;
    }

    private static AmountUnit unitOf(String text) {
        Matcher m = UNIT.matcher(text);
        return m.find() ? AmountUnit.fromPrinted(m.group(1)) : AmountUnit.UNKNOWN;
    }

    /** A line that is only a page number: 3, - 3 -, 第3页, 3/30. */
    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    private static boolean isTitle(String text) {
        return text.length() <= 80 && text.contains("表") && !NOT_A_TITLE.matcher(text).matches() && !text.contains("……")
                && !text.contains("....");
    }

}
