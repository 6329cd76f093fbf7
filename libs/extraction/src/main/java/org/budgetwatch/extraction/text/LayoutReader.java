package org.budgetwatch.extraction.text;

import java.util.List;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.narrative.NarrativeReader;

/** Reads metadata, tables and narrative statements from a document laid out as lines. */
public final class LayoutReader {

    private LayoutReader() {
    }

    public static ExtractedDocument read(String mediaType, List<PagedLine> laidOut) {
        List<SourceLine> lines = LayoutNormalizer.normalise(laidOut);
        List<ExtractedTable> tables = TabTableReader.read(lines);
        List<NarrativeReader.ProseLine> prose = lines.stream().filter(l -> !l.isRow() && !l.isBlank())
                .map(l -> new NarrativeReader.ProseLine(l.number(), l.text())).toList();
        List<String> plain = laidOut.stream().map(PagedLine::text).toList();
        return new ExtractedDocument(mediaType, MetadataReader.read(plain), tables, NarrativeReader.read(prose, tables));
    }
}
