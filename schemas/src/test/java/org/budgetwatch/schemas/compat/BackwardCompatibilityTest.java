package org.budgetwatch.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fails the build when a topic's current schema cannot read data written with any earlier version kept in
 * schemas/history (BACKWARD_TRANSITIVE, checked with Avro's own SchemaCompatibility).
 */
class BackwardCompatibilityTest {

    private static final Path HISTORY = Path.of("history");

    static Stream<Schema> topicRecords() {
        return TopicRecords.SCHEMAS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topicRecords")
    void shouldReadEveryEarlierVersion(Schema current) throws IOException {
        Path versions = HISTORY.resolve(current.getFullName());
        assertThat(versions).as("every topic record has its released versions kept").isDirectory();
        List<Path> files;
        try (Stream<Path> list = Files.list(versions)) {
            files = list.filter(p -> p.toString().endsWith(".avsc")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Schema earlier = new Schema.Parser().parse(file.toFile());
            var result = SchemaCompatibility.checkReaderWriterCompatibility(current, earlier);
            assertThat(result.getType())
                    .as("%s cannot read data written with %s: %s", current.getFullName(), file, result.getResult().getIncompatibilities())
                    .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        }
    }
}
