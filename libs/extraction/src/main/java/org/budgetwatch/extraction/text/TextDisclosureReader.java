package org.budgetwatch.extraction.text;

import java.util.List;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.format.TextDecoder;
import org.budgetwatch.extraction.model.ExtractedDocument;

/** Reads a plain-text export of a disclosure (UTF-8, UTF-16 or GB18030). */
public final class TextDisclosureReader {

    private TextDisclosureReader() {
    }

    public static ExtractedDocument read(byte[] content) {
        List<String> lines = TextDecoder.decode(content).lines().toList();
        return new ExtractedDocument(MediaTypes.TEXT, MetadataReader.read(lines), TabTableReader.read(lines));
    }
}
