package org.budgetwatch.extraction.model;

import java.util.List;

/**
 * Everything read from one disclosure.
 *
 * @param prose the document's prose lines, in order (the words around the tables: headings, dates, the 编制单位 lines,
 *              the narrative), at most {@link #MAX_PROSE_CHARACTERS} characters of them
 */
public record ExtractedDocument(String mediaType, DocumentMetadata metadata, List<ExtractedTable> tables,
                                List<NarrativeStatement> statements, List<TextLine> prose) {

    /** A disclosure's prose runs to tens of thousands of characters; more is kept out of the tables event. */
    public static final int MAX_PROSE_CHARACTERS = 200_000;

    public ExtractedDocument {
        tables = List.copyOf(tables);
        statements = List.copyOf(statements);
        prose = prose == null ? List.of() : capped(prose);
    }

    /** A document without its prose (tests, and events written before prose travelled with them). */
    public ExtractedDocument(String mediaType, DocumentMetadata metadata, List<ExtractedTable> tables, List<NarrativeStatement> statements) {
        this(mediaType, metadata, tables, statements, List.of());
    }

    private static List<TextLine> capped(List<TextLine> lines) {
        int characters = 0;
        for (int i = 0; i < lines.size(); i++) {
            characters += lines.get(i).text().length();
            if (characters > MAX_PROSE_CHARACTERS) {
                return List.copyOf(lines.subList(0, i));
            }
        }
        return List.copyOf(lines);
    }
}
