package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a structured document (HTML, Word, Excel) out as lines: paragraphs as text, table rows as tab-separated
 * cells. A row with a single filled cell before the table's first real row (a title or unit line inside a grid),
 * or one that reads as a note, is a line of text; after that it is a row whose other cells are empty.
 */
public final class LinesBuilder {

    private final List<PagedLine> lines = new ArrayList<>();
    private boolean tableStarted;

    public LinesBuilder paragraph(String text) {
        String clean = sanitise(text);
        if (!clean.isBlank()) {
            lines.add(PagedLine.of(clean));
        }
        return this;
    }

    public LinesBuilder row(List<String> cells) {
        List<String> clean = cells.stream().map(LinesBuilder::sanitise).toList();
        long filled = clean.stream().filter(c -> !c.isBlank()).count();
        if (filled == 0) {
            if (tableStarted) {
                lines.add(PagedLine.of("\t")); // an empty row inside a table, as text exports have them
            }
            return this;
        }
        if (filled == 1) {
            String only = clean.stream().filter(c -> !c.isBlank()).findFirst().orElseThrow();
            if (!tableStarted || only.startsWith("注") || only.startsWith("说明") || only.contains("。")) {
                return paragraph(only);
            }
        }
        tableStarted = true;
        // a row keeps at least one tab, even when the sheet stored only its first cell
        lines.add(PagedLine.of(clean.size() == 1 ? clean.get(0) + "\t" : String.join("\t", clean)));
        return this;
    }

    /** Ends a table, so that the next one is not read as its continuation. */
    public LinesBuilder blank() {
        tableStarted = false;
        lines.add(PagedLine.of(""));
        return this;
    }

    public List<PagedLine> build() {
        return List.copyOf(lines);
    }

    private static String sanitise(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').replace('\u00a0', ' ').strip();
    }
}
