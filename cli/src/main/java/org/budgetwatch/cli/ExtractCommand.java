package org.budgetwatch.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** budgetwatch extract FILE... [--json]: what the extractor reads from each file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts metadata and tables from each file; exit code 3 when a file could not be read.")
public class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Disclosures to read (text export, PDF, Word, Excel, HTML).")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object per file instead of a readable summary.")
    boolean json;

    @Option(names = "--no-progress", description = "No progress bar on stderr (it is shown only at a terminal anyway).")
    boolean noProgress;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() throws IOException {
        DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
        ObjectMapper mapper = new ObjectMapper()
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false);
        int exit = ExitCodes.OK;
        try (FileProgress progress = FileProgress.over(files, !noProgress)) {
            for (Path file : files) {
                progress.reading(file);
                ExtractionJson result;
                try {
                    byte[] content = Files.readAllBytes(file);
                    result = ExtractionJson.of(file.toString(), content, extractor.extract(content));
                } catch (IOException e) {
                    result = ExtractionJson.unreadable(file.toString(), "Cannot read the file: " + e.getMessage());
                }
                if (result.rejection() != null) {
                    exit = ExitCodes.UNREADABLE_INPUT;
                }
                out.println(json ? mapper.writeValueAsString(result) : ReadableSummary.of(result));
                progress.done();
            }
        }
        return exit;
    }
}
