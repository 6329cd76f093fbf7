package org.budgetwatch.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;

/**
 * One corpus text export that synthetic disclosures are made from, with what the generator must know about it: the
 * department and region as printed (to rename them) and the lines that hold tables (where one figure is changed to
 * inject an error).
 *
 * @param fiscalYear as read from the document, or null
 * @param tableLines line numbers (1-based) inside a table
 */
public record CorpusBase(String name, String text, String department, String region, Integer fiscalYear, BitSet tableLines) {

    /** Reads every {@code *.txt} file of the folder that the extraction library reads; the others are left out. */
    public static List<CorpusBase> readAll(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("No corpus folder " + folder.toAbsolutePath() + " (pass --corpus=DIR with the text exports)");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
        List<CorpusBase> bases = new ArrayList<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            if (extractor.extract(content) instanceof ExtractionResult.Extracted extracted) {
                var metadata = extracted.document().metadata();
                if (metadata.department() == null || metadata.region() == null) {
                    continue;
                }
                BitSet lines = new BitSet();
                for (ExtractedTable table : extracted.document().tables()) {
                    lines.set(table.location().firstLine(), table.location().lastLine() + 1);
                }
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                bases.add(new CorpusBase(name, new String(content, StandardCharsets.UTF_8), metadata.department(), metadata.region(),
                        metadata.fiscalYear(), lines));
            }
        }
        if (bases.isEmpty()) {
            throw new IOException("No readable text disclosure with a department and region in " + folder.toAbsolutePath());
        }
        return bases;
    }
}
