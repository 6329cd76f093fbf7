package org.budgetwatch.extraction.text;

import java.util.List;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.format.TextDecoder;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.narrative.NarrativeReader;

/** Reads a plain-text export of a disclosure (UTF-8, UTF-16 or GB18030). */
public final class TextDisclosureReader {

    private TextDisclosureReader() {
    }

    public static ExtractedDocument read(byte[] content) {
        List<String> lines = TextDecoder.decode(content).lines().toList();
        List<SourceLine> normalised = LayoutNormalizer.normalise(lines);
        List<ExtractedTable> tables = TabTableReader.read(normalised);
        List<NarrativeReader.ProseLine> prose = normalised.stream().filter(l -> !l.isRow() && !l.isBlank())
                .map(l -> new NarrativeReader.ProseLine(l.number(), l.text())).toList();
        return new ExtractedDocument(MediaTypes.TEXT, MetadataReader.read(lines), tables, NarrativeReader.read(prose, tables));
    }
}
