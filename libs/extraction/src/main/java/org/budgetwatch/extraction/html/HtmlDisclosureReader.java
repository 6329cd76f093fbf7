package org.budgetwatch.extraction.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.WorkBudget;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.budgetwatch.extraction.table.LayoutReader;
import org.budgetwatch.extraction.table.LinesBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML disclosure with jsoup: paragraphs and headings as lines, tables as rows with rowspan and colspan
 * laid out on a grid (a spanned cell's text stands in its first cell). The walk is iterative, so deeply nested
 * markup cannot overflow the stack; the parser nests elements no deeper than the limit. Documents with more elements
 * than the limit are rejected, and so are tables whose spans lay out a grid wider or larger than the limits allow
 * (charged to the document's {@link WorkBudget} as each cell is laid out, before the grid is built).
 */
public final class HtmlDisclosureReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "pre",
            "section", "article", "header", "footer", "blockquote", "td", "th", "dd", "dt", "center");
    private static final Set<String> ROW_GROUPS = Set.of("thead", "tbody", "tfoot");
    private static final int MAX_SPAN = 200;
    private static final String[] NO_CELLS = new String[0];

    private HtmlDisclosureReader() {
    }

    public static ExtractionResult read(byte[] content, WorkBudget budget) {
        ExtractionLimits limits = budget.limits();
        Document document;
        try {
            Parser parser = Parser.htmlParser();
            parser.setMaxDepth(limits.maxNesting());
            document = Jsoup.parse(new ByteArrayInputStream(content), null, "", parser);
        } catch (IOException e) {
            return new ExtractionResult.Rejected(RejectionReason.UNREADABLE, "The HTML cannot be read: " + e.getMessage());
        }
        budget.check();
        int elements = document.getAllElements().size();
        if (elements > limits.maxElements()) {
            return new ExtractionResult.Rejected(RejectionReason.TOO_LARGE,
                    "The HTML has " + elements + " elements, more than the limit of " + limits.maxElements());
        }
        LinesBuilder lines = new LinesBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    budget.check();
                    if (element.normalName().equals("table")) {
                        table(element, lines, budget);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(element.normalName()) && !hasBlockChild(element)) {
                        lines.paragraph(element.text());
                        return FilterResult.SKIP_ENTIRELY;
                    }
                } else if (node instanceof TextNode text && !text.isBlank()) {
                    lines.paragraph(text.text());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, document.body());
        budget.check();
        return new ExtractionResult.Extracted(LayoutReader.read(MediaTypes.HTML, lines.build()));
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (BLOCKS.contains(child.normalName()) || child.normalName().equals("table")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lays the table's rows out on a grid, as browsers do: each cell takes the first free column of its row and covers
     * its spans. Every grid position a cell covers is charged to the budget before it is written, and the grid may not
     * grow wider than the limit, so the spans of a hostile table cannot make the grid larger than the budget allows.
     */
    private static void table(Element table, LinesBuilder lines, WorkBudget budget) {
        lines.blank();
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (ROW_GROUPS.contains(child.normalName())) {
                child.children().stream().filter(r -> r.normalName().equals("tr")).forEach(rows::add);
            } else if (child.normalName().equals("caption")) {
                lines.paragraph(child.text());
            }
        }
        String[][] grid = new String[rows.size()][];
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (column < cellsOf(grid, r).length && grid[r][column] != null) {
                    column++;
                }
                int colspan = span(cell.attr("colspan"));
                int rowspan = Math.min(span(cell.attr("rowspan")), rows.size() - r);
                budget.columns((long) column + colspan);
                budget.cells((long) colspan * rowspan);
                String text = cell.text();
                for (int dr = 0; dr < rowspan; dr++) {
                    String[] spanned = widened(grid, r + dr, column + colspan, budget.limits().maxColumns());
                    for (int dc = 0; dc < colspan; dc++) {
                        spanned[column + dc] = dr == 0 && dc == 0 ? text : "";
                    }
                }
                column += colspan;
                width = Math.max(width, column);
            }
        }
        // the rows are written out at the table's full width: that grid is charged too
        budget.cells((long) rows.size() * width);
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = new String[width];
            Arrays.fill(cells, "");
            String[] laidOut = cellsOf(grid, r);
            for (int c = 0; c < laidOut.length; c++) {
                if (laidOut[c] != null) {
                    cells[c] = laidOut[c];
                }
            }
            grid[r] = null; // each row's layout is let go once it is a line
            lines.row(Arrays.asList(cells));
        }
        lines.blank();
    }

    private static String[] cellsOf(String[][] grid, int row) {
        return grid[row] == null ? NO_CELLS : grid[row];
    }

    /** The row's cells, grown to at least {@code width} columns (by doubling, so that a wide row is copied a few times). */
    private static String[] widened(String[][] grid, int row, int width, int maxColumns) {
        String[] cells = cellsOf(grid, row);
        if (cells.length < width) {
            grid[row] = cells = Arrays.copyOf(cells, Math.max(width, Math.min(cells.length * 2, maxColumns)));
        }
        return cells;
    }

    private static int span(String attribute) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(attribute.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
