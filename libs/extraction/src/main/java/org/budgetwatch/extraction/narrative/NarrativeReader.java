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
            for (NarrativeStatement statement : StatementParser.parse(text, line.number())) {
                statements.add(linker.link(statement.onPage(line.page())));
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

    /** A line of prose and where it stands: its line and, in a paged document, its page (else null). */
    public record ProseLine(int number, Integer page, String text) {

        public ProseLine(int number, String text) {
            this(number, null, text);
        }
    }
}
