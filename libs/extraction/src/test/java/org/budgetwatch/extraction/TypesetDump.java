package org.budgetwatch.extraction;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a corpus text typeset as PDF: {@code TypesetDump CORPUS_FILE OUT_PDF}. */
public final class TypesetDump {
    private TypesetDump() {
    }

    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[1]), PdfTypesetter.typeset(FormatEquivalenceTest.blocks(Files.readAllLines(Path.of(args[0])))));
    }
}
