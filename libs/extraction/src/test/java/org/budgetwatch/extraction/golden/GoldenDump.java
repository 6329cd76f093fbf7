package org.budgetwatch.extraction.golden;

import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractionResult;

/** Writes the tables a document reads to as a golden file draft: {@code GoldenDump FILE [OUT [FIRST-LAST]]}; a person then checks it. */
public final class GoldenDump {

    private GoldenDump() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(Files.readAllBytes(file));
        if (result instanceof ExtractionResult.Rejected rejected) {
            System.out.println("rejected: " + rejected.reason() + " " + rejected.message());
            return;
        }
        GoldenTables tables = GoldenTables.of(file.getFileName().toString(), ((ExtractionResult.Extracted) result).document());
        if (args.length > 2) { // a draft over a range of pages only: GoldenDump file.pdf out.md 1-60
            tables = tables.on(GoldenTables.PageRange.parse(args[2]));
        }
        String text = tables.write();
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), text);
        } else {
            System.out.print(text);
        }
    }
}
