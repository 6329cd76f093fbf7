package org.budgetwatch.extraction.table;

import java.util.List;
import org.budgetwatch.extraction.metadata.MetadataReader;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.extraction.narrative.NarrativeReader;

/** Reads metadata, tables and narrative statements from a document laid out as lines. */
public final class LayoutReader {

    private LayoutReader() {
    }

    /**
     * A paged document whose reader recovered its tables itself (PDF).
     *
     * @param laidOut every line in reading order, a table's rows among them as tab-separated cells
     * @param tables    the tables, whose rows name their lines in {@code laidOut} (1-based)
     * @param fileTitle the file's own title (document information), or null
     */
    public static ExtractedDocument read(String mediaType, List<PagedLine> laidOut, List<PrintedTable> tables, String fileTitle) {
        java.util.Set<Integer> tableLines = new java.util.HashSet<>();
        tables.forEach(t -> t.rows().forEach(r -> tableLines.add(r.line())));
        List<ExtractedTable> extracted = TabTableReader.readPrinted(tables);
        List<NarrativeReader.ProseLine> prose = new java.util.ArrayList<>();
        List<String> plain = new java.util.ArrayList<>(laidOut.size());
        for (int i = 0; i < laidOut.size(); i++) {
            String text = LayoutNormalizer.stripMarkup(laidOut.get(i).text());
            plain.add(text);
            if (!tableLines.contains(i + 1) && !text.isBlank()) {
                prose.add(new NarrativeReader.ProseLine(i + 1, laidOut.get(i).page(), text, laidOut.get(i).pageBreaks()));
            }
        }
        return new ExtractedDocument(mediaType, MetadataReader.read(plain, fileTitle), extracted, NarrativeReader.read(prose, extracted),
                textLines(prose));
    }

    public static ExtractedDocument read(String mediaType, List<PagedLine> laidOut) {
        List<SourceLine> lines = LayoutNormalizer.normalise(laidOut);
        List<ExtractedTable> tables = TabTableReader.read(lines);
        List<NarrativeReader.ProseLine> prose = lines.stream().filter(l -> !l.isRow() && !l.isBlank())
                .map(l -> new NarrativeReader.ProseLine(l.number(), l.text())).toList();
        List<String> plain = laidOut.stream().map(l -> LayoutNormalizer.stripMarkup(l.text())).toList(); // no [bookmark: …] in a title
        return new ExtractedDocument(mediaType, MetadataReader.read(plain), tables, NarrativeReader.read(prose, tables), textLines(prose));
    }

    private static List<TextLine> textLines(List<NarrativeReader.ProseLine> prose) {
        return prose.stream().map(l -> new TextLine(l.number(), l.page(), l.text().strip())).toList();
    }
}
