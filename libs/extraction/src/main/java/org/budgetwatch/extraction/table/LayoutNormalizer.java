package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Brings the text-export layouts to one form: one table row per line, cells separated by tabs, markdown heading
 * marks and list bullets removed. Word exports that put every cell on its own tab-indented line, with a blank line
 * between rows, are joined back into rows.
 */
final class LayoutNormalizer {

    private static final Pattern HEADING_MARK = Pattern.compile("^#+\\s*");
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^]]*]");

    private LayoutNormalizer() {
    }

    static List<SourceLine> normalise(List<PagedLine> raw) {
        List<SourceLine> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            lines.add(new SourceLine(i + 1, raw.get(i).page(), stripMarkup(raw.get(i).text())));
        }
        return isCellPerLine(lines) ? joinCellsIntoRows(lines) : lines;
    }

    static String stripMarkup(String line) {
        String text = trimTrailingSpaces(line.indexOf('\u00a0') < 0 ? line : line.replace("\u00a0", " "));
        if (text.startsWith("#")) {
            text = HEADING_MARK.matcher(text).replaceFirst("");
        }
        return text.indexOf("[bookmark:") < 0 ? text : BOOKMARK.matcher(text).replaceAll("");
    }

    /** Spaces at the end go; tabs stay, they are cell boundaries. */
    private static String trimTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\r' || line.charAt(end - 1) == '\u3000')) {
            end--;
        }
        return end == line.length() ? line : line.substring(0, end);
    }

    /** Most tab lines hold a single cell after one leading tab: the one-cell-per-line Word export. */
    private static boolean isCellPerLine(List<SourceLine> lines) {
        long tabLines = lines.stream().filter(SourceLine::isRow).count();
        long singleCell = lines.stream().filter(l -> l.text().startsWith("\t") && l.text().indexOf('\t', 1) < 0).count();
        return tabLines > 20 && singleCell * 10 > tabLines * 8;
    }

    private static List<SourceLine> joinCellsIntoRows(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>();
        List<SourceLine> group = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.text().startsWith("\t")) {
                group.add(line);
                continue;
            }
            flush(group, out);
            out.add(line);
        }
        flush(group, out);
        return out;
    }

    private static void flush(List<SourceLine> group, List<SourceLine> out) {
        if (group.isEmpty()) {
            return;
        }
        if (group.size() == 1) {
            // a lone cell is a line of text (a unit line, a note), not a row
            out.add(new SourceLine(group.get(0).number(), group.get(0).page(), group.get(0).text().strip()));
        } else {
            StringJoiner row = new StringJoiner("\t");
            for (SourceLine cell : group) {
                row.add(cell.text().substring(1).replace('\t', ' ').strip());
            }
            out.add(new SourceLine(group.get(0).number(), group.get(0).page(), row.toString()));
        }
        group.clear();
    }
}
