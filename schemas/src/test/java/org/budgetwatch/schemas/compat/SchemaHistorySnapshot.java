package org.budgetwatch.schemas.compat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.Schema;

/**
 * Writes the current schema of every topic's record into schemas/history as its next version. Run it when a
 * contract version is released: {@code java -cp ... SchemaHistorySnapshot schemas/history}.
 */
public final class SchemaHistorySnapshot {

    private SchemaHistorySnapshot() {
    }

    public static void main(String[] args) throws Exception {
        Path history = Path.of(args.length > 0 ? args[0] : "schemas/history");
        for (Schema schema : TopicRecords.SCHEMAS) {
            Path dir = history.resolve(schema.getFullName());
            Files.createDirectories(dir);
            long versions;
            try (var files = Files.list(dir)) {
                versions = files.count();
            }
            Files.writeString(dir.resolve("v" + (versions + 1) + ".avsc"), schema.toString(true) + "\n");
        }
    }
}
