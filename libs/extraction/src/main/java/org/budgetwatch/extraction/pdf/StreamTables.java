package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.classify.CodeParser;

/**
 * Tables printed without rulings (stream), found among a page's lines: a run of lines whose text stands in
 * columns (gaps of two type sizes or more) with figures in them. Columns come from the alignment of the rows that
 * carry figures (every gap no text crosses separates two columns); the lines above the first figure are the header,
 * each heading over the columns it spans; rows from {@link RowGrouping}.
 */
final class StreamTables {

    /** A gap this wide (in type sizes) between two runs of a line separates cells. */
    private static final float CELL_GAP = 1.6f;
    /** Within a table, a gap this wide (in type sizes) may part two columns. */
    private static final float COLUMN_GAP = 0.8f;
    /** The most characters a heading has on one line; a longer run is prose. */
    private static final int HEADING_LENGTH = 30;
    /** The lines of one cell are at most this far apart (baseline to baseline, in type sizes). */
    private static final float WRAPPED_LINE = 1.3f;
    /** A gap this wide (in type sizes) between two glyphs is a space. */
    private static final float WORD_SPACE = 0.25f;
    /** An amount printed whole, without spaces: 40,734.65, 650, -3.20. */
    private static final Pattern AMOUNT = Pattern.compile("[-−]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?|[-−]?[0-9]+(\\.[0-9]+)?");
    /** Lines that say whose table it is or its unit stand above a table, they are not its rows. */
    private static final Pattern FURNITURE = Pattern.compile(
            ".*((金额)?单位\\s*[:：]\\s*(亿元|万元|元)|^(部门|单位|预算单位|编制单位|单位名称|编制部门|部门名称)[^:：]{0,4}[:：]).*");

    private StreamTables() {
    }

    static List<PageBlock> find(int page, List<TextLine> lines) {
        return find(page, lines, Set.of());
    }

    /**
     * @param fromPageBefore lines at the head of {@code lines} that the page before printed at its foot (the header of
     *     a table whose body starts on this page), set just above this page's first line; their rows keep their page
     */
    static List<PageBlock> find(int page, List<TextLine> lines, Set<TextLine> fromPageBefore) {
        List<PageBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isRow(lines.get(i))) {
                blocks.add(new PageBlock.Line(page, lines.get(i)));
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && (isRow(lines.get(end)) || isWrappedCell(lines, end, i) || isCloseRow(lines.get(end - 1), lines.get(end)))) {
                end++;
            }
            while (end - 1 > i && !isRow(lines.get(end - 1))) {
                end--; // a table ends with a row, not with a line of text after it
            }
            while (end < lines.size() && endsWrappedLabel(lines.get(end - 1), lines.get(end))) {
                end++; // but for the rest of its last row's label, wrapped in its cell
            }
            while (i > 0 && interleavedAbove(lines.get(i - 1), lines.get(i)) && blocks.get(blocks.size() - 1) instanceof PageBlock.Line above
                    && above.line() == lines.get(i - 1)) {
                blocks.remove(blocks.size() - 1); // the first line of a heading wrapped beside the table's first header line
                i--;
            }
            List<TextLine> block = lines.subList(i, end);
            if (block.size() >= 2 && block.stream().filter(StreamTables::hasFigure).count() >= 1) {
                blocks.add(new PageBlock.Table(table(page, block, fromPageBefore)));
            } else {
                block.forEach(l -> blocks.add(new PageBlock.Line(page, l)));
            }
            i = end;
        }
        return blocks;
    }

    /** Text in columns: two or more runs apart, and not a line that names the table's owner or unit. */
    static boolean isRow(TextLine line) {
        return cellRuns(line).size() >= 2 && !FURNITURE.matcher(line.text()).matches();
    }

    /**
     * A line that may be a table header's: text in columns without a figure, not a sentence, no cell a paragraph long.
     */
    static boolean isHeaderLine(TextLine line) {
        return isRow(line) && !hasFigureColumn(line) && !isProse(line, cellRuns(line));
    }

    /**
     * A line closer above this one than two lines of one cell can be, its text between this line's runs: the first line
     * of a heading wrapped in its cell beside headings of one line, which stand centred in the cells' height.
     */
    private static boolean interleavedAbove(TextLine above, TextLine line) {
        if (line.baseline() - above.baseline() >= StreamHeader.INTERLEAVED * line.size() || FURNITURE.matcher(above.text()).matches()) {
            return false;
        }
        for (TextLine run : above.runs(CELL_GAP)) {
            for (TextLine other : line.runs(CELL_GAP)) {
                if (run.left() < other.right() && other.left() < run.right()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A figure in a cell after the first, the cells told apart as between a table's rows (prose has figures too). */
    private static boolean hasFigure(TextLine line) {
        return cellRuns(line).stream().skip(1).anyMatch(r -> VisualLine.isFigure(r.text()));
    }

    /** A figure in a column after the first, within a table (a figure set close before the next column's text too). */
    static boolean hasFigureColumn(TextLine line) {
        return columnRuns(line).stream().skip(1).anyMatch(r -> VisualLine.isFigure(r.text()));
    }

    /**
     * A line a row's height under a row of the table, its text in columns only as close as a table's columns are (a
     * row of names without figures, its cells a padding apart), and not a sentence.
     */
    private static boolean isCloseRow(TextLine previous, TextLine line) {
        List<TextLine> runs = columnRuns(line);
        return line.baseline() - previous.baseline() <= 2.2f * line.size() && runs.size() >= 2 && !isProse(line, runs)
                && !FURNITURE.matcher(line.text()).matches();
    }

    /** A sentence, or a run of text longer than a heading or a name: not a table's. */
    private static boolean isProse(TextLine line, List<TextLine> runs) {
        return line.text().contains("。") || runs.stream().anyMatch(run -> run.text().length() > HEADING_LENGTH);
    }

    /** A short line a line under the last row, within the span of one of its cells: that cell's wrapped rest. */
    private static boolean endsWrappedLabel(TextLine last, TextLine line) {
        if (line.baseline() - last.baseline() > WRAPPED_LINE * line.size() || isRow(line) || line.text().length() > 24
                || FURNITURE.matcher(line.text()).matches()) {
            return false;
        }
        return columnRuns(last).stream().anyMatch(run -> !VisualLine.isFigure(run.text()) && run.left() - line.size() / 2 <= line.left()
                && line.right() <= run.right() + line.size() / 2);
    }

    /** A short line between rows, set as tight as the lines of one cell: the wrapped rest of a label. */
    private static boolean isWrappedCell(List<TextLine> lines, int index, int blockStart) {
        TextLine line = lines.get(index);
        TextLine previous = lines.get(index - 1);
        String text = line.text();
        if (text.length() > 24 || text.endsWith("。") || text.contains("表") && text.length() > 6) {
            return false;
        }
        float leading = 2.2f * line.size();
        boolean nearAbove = line.baseline() - previous.baseline() <= leading;
        boolean nearBelow = index + 1 < lines.size() && isRow(lines.get(index + 1)) && lines.get(index + 1).baseline() - line.baseline() <= leading;
        return nearAbove && (nearBelow || index > blockStart);
    }

    private static PageTable table(int page, List<TextLine> block, Set<TextLine> fromPageBefore) {
        float[] edges = columnEdges(block);
        int width = edges.length - 1;
        List<VisualLine> visual = new ArrayList<>();
        for (TextLine line : block) {
            visual.add(new VisualLine(line.baseline(), line.size(), cells(line, edges)));
        }
        int firstFigure = 0;
        while (firstFigure < block.size() && !hasFigureColumn(block.get(firstFigure))) {
            firstFigure++;
        }
        // the first row may begin above its figures: its name wrapped, the figures centred beside it
        int bodyStart = RowGrouping.firstRowStart(visual, firstFigure);
        boolean[] labelColumns = labelColumns(visual.subList(firstFigure, visual.size()));
        while (bodyStart < firstFigure && printsBeyond(visual.get(bodyStart), labelColumns)) {
            bodyStart++; // a heading's last line set close above the first row: a row's own lines above its figures are its label's
        }
        List<GridRow> rows = new ArrayList<>(StreamHeader.rows(page, block.subList(0, bodyStart), edges, fromPageBefore));
        List<VisualLine> body = visual.subList(bodyStart, visual.size());
        for (List<Integer> group : RowGrouping.rows(body)) {
            String[] printed = new String[width];
            Arrays.fill(printed, "");
            for (int index : group) {
                String[] cells = body.get(index).cells();
                for (int c = 0; c < width; c++) {
                    printed[c] += cells[c];
                }
            }
            TextLine first = block.get(bodyStart + group.get(0));
            TextLine last = block.get(bodyStart + group.get(group.size() - 1));
            rows.add(GridRow.of(page, first.top(), last.baseline(), printed));
        }
        float left = (float) block.stream().mapToDouble(TextLine::left).min().orElse(0);
        float right = (float) block.stream().mapToDouble(TextLine::right).max().orElse(0);
        return new PageTable(page, left, block.get(0).top(), right, block.get(block.size() - 1).baseline(), edges, rows, false);
    }

    /** The columns in which some line prints words, not figures: the label columns. */
    private static boolean[] labelColumns(List<VisualLine> lines) {
        boolean[] labels = new boolean[lines.isEmpty() ? 0 : lines.get(0).cells().length];
        for (VisualLine line : lines) {
            for (int c = 0; c < labels.length; c++) {
                String cell = line.cells()[c];
                labels[c] |= !cell.isEmpty() && !VisualLine.isFigure(cell);
            }
        }
        return labels;
    }

    private static boolean printsBeyond(VisualLine line, boolean[] columns) {
        for (int c = 0; c < columns.length; c++) {
            if (!columns[c] && !line.cells()[c].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String[] cells(TextLine line, float[] edges) {
        int width = edges.length - 1;
        List<List<Glyph>> byColumn = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (TextLine run : columnRuns(line)) {
            int column = columnAt(edges, run.left() + run.right() > 0 ? (run.left() + run.right()) / 2 : 0);
            byColumn.get(column).addAll(run.printed());
        }
        String[] cells = new String[width];
        for (int c = 0; c < width; c++) {
            cells[c] = byColumn.get(c).isEmpty() ? "" : new TextLine(byColumn.get(c)).text();
        }
        return cells;
    }

    /**
     * Column borders from the rows with figures: the horizontal extents of their runs merged, a border half-way in
     * every gap no run crosses. A column of figures printed blank in every row (事业单位经营支出 in a budget without
     * such spending) is known by its heading alone: a heading right of the first figures that is the nearest heading
     * of no column's text, and stands over none, heads a column of its own.
     */
    private static float[] columnEdges(List<TextLine> block) {
        List<TextLine> withFigures = block.stream().filter(StreamTables::hasFigureColumn).toList();
        List<float[]> extents = new ArrayList<>();
        float firstFigure = Float.MAX_VALUE;
        for (TextLine line : withFigures.size() >= 2 ? withFigures : block) {
            for (TextLine run : columnRuns(line)) {
                extents.add(new float[] {run.left(), run.right()});
                boolean amount = VisualLine.isFigure(run.text()) && CodeParser.parse(run.text()).isEmpty();
                firstFigure = amount ? Math.min(firstFigure, run.left()) : firstFigure;
            }
        }
        List<float[]> blankColumns = new ArrayList<>();
        int headerEnd = 0;
        while (headerEnd < block.size() && !hasFigureColumn(block.get(headerEnd))) {
            headerEnd++;
        }
        if (withFigures.size() >= 2) {
            for (List<float[]> row : StreamHeader.cellExtents(block.subList(0, headerEnd))) {
                blankColumns.addAll(headingsOfBlankColumns(row, extents, firstFigure));
            }
        }
        extents.addAll(blankColumns);
        extents.sort(Comparator.comparingDouble(e -> e[0]));
        List<float[]> merged = new ArrayList<>();
        for (float[] extent : extents) {
            if (!merged.isEmpty() && extent[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], extent[1]);
            } else {
                merged.add(new float[] {extent[0], extent[1]});
            }
        }
        float left = (float) block.stream().mapToDouble(TextLine::left).min().orElse(0);
        float right = (float) block.stream().mapToDouble(TextLine::right).max().orElse(0);
        float[] edges = new float[merged.size() + 1];
        edges[0] = Math.min(left, merged.get(0)[0]) - 1;
        for (int i = 1; i < merged.size(); i++) {
            edges[i] = (merged.get(i - 1)[1] + merged.get(i)[0]) / 2;
        }
        edges[merged.size()] = Math.max(right, merged.get(merged.size() - 1)[1]) + 1;
        return edges;
    }

    /** The extents of the headings of one header row over figures that head no column of text: nearest none. */
    private static List<float[]> headingsOfBlankColumns(List<float[]> headings, List<float[]> extents, float firstFigure) {
        boolean[] heads = new boolean[headings.size()];
        for (float[] extent : extents) {
            float centre = (extent[0] + extent[1]) / 2;
            int nearest = 0;
            for (int h = 1; h < headings.size(); h++) {
                if (Math.abs(centre(headings.get(h)) - centre) < Math.abs(centre(headings.get(nearest)) - centre)) {
                    nearest = h;
                }
            }
            heads[nearest] = true;
        }
        List<float[]> blank = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            float[] heading = headings.get(h);
            if (!heads[h] && centre(heading) > firstFigure && extents.stream().noneMatch(e -> e[0] <= heading[1] && heading[0] <= e[1])) {
                blank.add(heading);
            }
        }
        return blank;
    }

    private static float centre(float[] extent) {
        return (extent[0] + extent[1]) / 2;
    }

    /**
     * The line's cells: runs of text two type sizes apart, and within a run two amounts set a space apart, which are
     * two cells however close (right-aligned figures filling narrow columns). An amount broken by a space (2, 361. 22)
     * is one.
     */
    static List<TextLine> cellRuns(TextLine line) {
        return cellRuns(line, CELL_GAP);
    }

    /** The line's runs as a table's columns part them: split at narrower gaps than a line's cells are told apart by. */
    static List<TextLine> columnRuns(TextLine line) {
        return cellRuns(line, COLUMN_GAP);
    }

    private static List<TextLine> cellRuns(TextLine line, float gap) {
        List<TextLine> cells = new ArrayList<>();
        for (TextLine run : line.runs(gap)) {
            List<Glyph> glyphs = run.glyphs();
            int from = 0;
            for (int i = 1; i < glyphs.size(); i++) {
                Glyph previous = glyphs.get(i - 1);
                if (glyphs.get(i).x() - previous.right() >= WORD_SPACE * previous.size()
                        && AMOUNT.matcher(text(glyphs, from, i)).matches() && AMOUNT.matcher(text(glyphs, i, wordEnd(glyphs, i))).matches()) {
                    cells.add(new TextLine(glyphs.subList(from, i)));
                    from = i;
                }
            }
            cells.add(from == 0 ? run : new TextLine(glyphs.subList(from, glyphs.size())));
        }
        return cells;
    }

    /** Where the word starting at {@code from} ends: at the next gap of a space or more. */
    private static int wordEnd(List<Glyph> glyphs, int from) {
        int end = from + 1;
        while (end < glyphs.size() && glyphs.get(end).x() - glyphs.get(end - 1).right() < WORD_SPACE * glyphs.get(end - 1).size()) {
            end++;
        }
        return end;
    }

    private static String text(List<Glyph> glyphs, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (Glyph glyph : glyphs.subList(from, to)) {
            text.append(glyph.text());
        }
        return text.toString();
    }

    private static int columnAt(float[] edges, float x) {
        return Borders.indexOf(edges, x);
    }
}
