package org.budgetwatch.extraction.narrative;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;

/** Reads the numeric statements of a disclosure's prose and links each to the table row its subject names. */
public final class NarrativeReader {

    private static final int MIN_SENTENCE = 8;

    private NarrativeReader() {
    }

    /**
     * @param proseLines the document's lines that are not table rows, with their 1-based line numbers
     */
    public static List<NarrativeStatement> read(List<ProseLine> proseLines, List<ExtractedTable> tables) {
        StatementLinker linker = new StatementLinker(tables);
        List<NarrativeStatement> statements = new ArrayList<>();
        for (ProseLine line : proseLines) {
            String text = line.text().strip();
            if (text.length() < MIN_SENTENCE || text.contains("……") || text.contains("....") || !hasDigit(text)) {
                continue;
            }
            int lead = line.text().indexOf(text);
            for (NarrativeStatement statement : StatementParser.parse(text, line.number(), offset -> line.pageAt(lead + offset))) {
                statements.add(linker.link(statement));
            }
        }
        return statements;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of prose and where it stands: its line and, in a paged document, its page (else null).
     *
     * @param page       the page the line starts on
     * @param pageBreaks where, in {@code text}, a paragraph printed over a page break goes on on the next page
     */
    public record ProseLine(int number, Integer page, String text, List<Integer> pageBreaks) {

        public ProseLine {
            pageBreaks = List.copyOf(pageBreaks);
        }

        public ProseLine(int number, Integer page, String text) {
            this(number, page, text, List.of());
        }

        public ProseLine(int number, String text) {
            this(number, null, text);
        }

        /** The page the character at {@code offset} of the text is printed on. */
        Integer pageAt(int offset) {
            if (page == null) {
                return null;
            }
            int breaks = 0;
            while (breaks < pageBreaks.size() && pageBreaks.get(breaks) <= offset) {
                breaks++;
            }
            return page + breaks;
        }
    }
}
