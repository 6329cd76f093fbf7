package org.budgetwatch.extraction.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetwatch.extraction.ExtractionLimits;
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
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML disclosure with jsoup: paragraphs and headings as lines, tables as rows with rowspan and colspan
 * laid out on a grid (a spanned cell's text stands in its first cell). The walk is iterative, so deeply nested
 * markup cannot overflow the stack; documents with more elements than the limit are rejected.
 */
public final class HtmlDisclosureReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "pre",
            "section", "article", "header", "footer", "blockquote", "td", "th", "dd", "dt", "center");
    private static final int MAX_SPAN = 200;

    private HtmlDisclosureReader() {
    }

    public static ExtractionResult read(byte[] content, ExtractionLimits limits) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException e) {
            return new ExtractionResult.Rejected(RejectionReason.UNREADABLE, "The HTML cannot be read: " + e.getMessage());
        }
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
                    if (element.normalName().equals("table")) {
                        table(element, lines);
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

    private static void table(Element table, LinesBuilder lines) {
        lines.blank();
        Map<Integer, Map<Integer, String>> grid = new HashMap<>();
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (Set.of("thead", "tbody", "tfoot").contains(child.normalName())) {
                child.children().stream().filter(r -> r.normalName().equals("tr")).forEach(rows::add);
            } else if (child.normalName().equals("caption")) {
                lines.paragraph(child.text());
            }
        }
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            Map<Integer, String> row = grid.computeIfAbsent(r, k -> new HashMap<>());
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (row.containsKey(column)) {
                    column++;
                }
                int colspan = span(cell.attr("colspan"));
                int rowspan = span(cell.attr("rowspan"));
                for (int dr = 0; dr < rowspan && r + dr < rows.size(); dr++) {
                    Map<Integer, String> spanned = grid.computeIfAbsent(r + dr, k -> new HashMap<>());
                    for (int dc = 0; dc < colspan; dc++) {
                        spanned.put(column + dc, dr == 0 && dc == 0 ? cell.text() : "");
                    }
                }
                column += colspan;
                width = Math.max(width, column);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = new String[width];
            Arrays.fill(cells, "");
            grid.getOrDefault(r, Map.of()).forEach((c, text) -> cells[c] = text);
            lines.row(Arrays.asList(cells));
        }
        lines.blank();
    }

    private static int span(String attribute) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(attribute.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
