package org.budgetwatch.extraction.text;

import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.format.TextDecoder;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.table.LayoutReader;
import org.budgetwatch.extraction.table.PagedLine;

/** Reads a plain-text export of a disclosure (UTF-8, UTF-16 or GB18030). */
public final class TextDisclosureReader {

    private TextDisclosureReader() {
    }

    public static ExtractedDocument read(byte[] content) {
        return LayoutReader.read(MediaTypes.TEXT, TextDecoder.decode(content).lines().map(PagedLine::of).toList());
    }
}
