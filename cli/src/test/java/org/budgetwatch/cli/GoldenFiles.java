package org.budgetwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the JSON the command-line tool prints for a corpus document, compared whole. A deliberate change is
 * recorded by running with -Dgolden.update=true and reviewing the diff.
 */
final class GoldenFiles {

    static final Path CORPUS = Path.of("../corpus");
    static final String[] DOCUMENTS = {"baoding-mancheng-medical-security-2024-unit-budget", "beijing-dongcheng-medical-security-2024-budget",
            "wuhan-dongxihu-medical-security-2024-budget", "yanbian-medical-security-2024-budget"};
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private GoldenFiles() {
    }

    static void assertMatches(Path golden, Object value) throws IOException {
        String actual = JSON.writeValueAsString(value) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
