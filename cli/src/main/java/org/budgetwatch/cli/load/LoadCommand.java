package org.budgetwatch.cli.load;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import me.tongfei.progressbar.ProgressBar;
import org.apache.kafka.common.KafkaException;
import org.budgetwatch.cli.ExitCodes;
import org.budgetwatch.cli.KafkaOptions;
import org.budgetwatch.cli.figures.FiguresOptions;
import org.budgetwatch.cli.figures.ProgressBars;
import org.budgetwatch.load.CorpusBase;
import org.budgetwatch.load.VariantGenerator;
import org.budgetwatch.load.figures.Figures;
import org.budgetwatch.load.offline.OfflineLoad;
import org.budgetwatch.load.pipeline.PipelineLoad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * budgetwatch load: generates distinct disclosures from the corpus and submits them to a running stack, following
 * each to its committed report and to the moment a search finds it; or, with --offline, runs the libraries alone over
 * the same disclosures.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Submits generated disclosures to a running stack and measures throughput and latency per stage.",
                "With --offline, measures extraction and validation alone (no Kafka) over the same disclosures."})
public class LoadCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    KafkaOptions kafka;

    @CommandLine.Mixin
    FiguresOptions report;

    @Option(names = "--documents", defaultValue = "1000", description = "How many disclosures to generate (default ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--rate", defaultValue = "0", description = "Submissions per second; 0 (default) submits as fast as the ingest accepts.")
    double rate;

    @Option(names = "--concurrency", defaultValue = "8", description = "Submissions in flight at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--errors", defaultValue = "0.1", description = "Share of disclosures with one table figure changed (default ${DEFAULT-VALUE}).")
    double errors;

    @Option(names = "--run-id", description = "Makes this run's disclosures distinct from other runs' (default: random).")
    String runId;

    @Option(names = "--corpus", defaultValue = "corpus", description = "Folder of text disclosures to vary (default ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--ingest", defaultValue = "http://localhost:8080", description = "Ingest API (default ${DEFAULT-VALUE}).")
    String ingestUrl;

    @Option(names = "--search", defaultValue = "http://localhost:8094", description = "Projection API (default ${DEFAULT-VALUE}).")
    String searchUrl;

    @Option(names = "--api-key", description = "Ingest API key (X-API-Key).")
    String apiKey;

    @Option(names = "--api-key-file", defaultValue = "data/local/ingest-api-key",
            description = "File holding the ingest API key, read when --api-key is not given (default ${DEFAULT-VALUE}, the local stack's).")
    Path apiKeyFile;

    @Option(names = "--timeout", defaultValue = "PT2M",
            description = "How long to wait after the last submission for every document to be found (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--offline", description = "Extract and validate the disclosures in this process instead (no stack needed).")
    boolean offline;

    @Option(names = "--threads", description = "Threads for --offline (default: one per core).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintStream stdout = System.out;
        if (documents < 1 || concurrency < 1 || rate < 0 || errors < 0 || errors > 1 || threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--documents, --concurrency and --threads must be at least 1, --rate at least 0, --errors between 0 and 1");
        }
        String run = runId != null ? runId : HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        System.err.printf("reading the corpus in %s and learning how each document can be varied…%n", corpus);
        VariantGenerator generator = new VariantGenerator(CorpusBase.readAll(corpus), run, errors);

        Map<String, Object> figures = Figures.header(offline ? "offline" : "pipeline");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("runId", run);
        settings.put("documents", documents);
        settings.put("bases", generator.bases());
        settings.put("errors", errors);
        if (offline) {
            int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            settings.put("threads", threadCount);
            figures.put("settings", settings);
            try (ProgressBar bar = ProgressBars.of("offline", documents, !report.noProgress)) {
                figures.putAll(new OfflineLoad(generator).run(documents, threadCount, done -> step(bar, done, "")));
            }
        } else {
            settings.put("rate", rate);
            settings.put("concurrency", concurrency);
            figures.put("settings", settings);
            String key = apiKey != null ? apiKey : Files.isRegularFile(apiKeyFile) ? Files.readString(apiKeyFile, StandardCharsets.UTF_8).strip() : null;
            PipelineLoad.Stack stack = new PipelineLoad.Stack(ingestUrl, searchUrl, kafka.bootstrapServers, kafka.registryUrl, key);
            try (ProgressBar bar = ProgressBars.of("load", documents, !report.noProgress)) {
                figures.putAll(PipelineLoad.run(generator, stack, new PipelineLoad.Settings(documents, rate, concurrency, timeout),
                        p -> step(bar, p.done(), "submitted " + p.submitted() + ", awaited " + p.waiting()
                                + (p.searchTrouble() == null ? "" : " — " + p.searchTrouble()))));
            } catch (IllegalStateException | KafkaException e) {
                System.err.println("load: " + e.getMessage() + " (is the stack running? see --ingest, --search, --bootstrap-servers, --registry)");
                return ExitCodes.UNAVAILABLE;
            }
        }
        Figures.report(figures, report.out, report.baseline, stdout);
        return missing(figures) == 0 ? ExitCodes.OK : ExitCodes.ERRORS;
    }

    private static void step(ProgressBar bar, int done, String message) {
        bar.stepTo(done);
        bar.setExtraMessage(message);
    }

    /** Accepted documents that did not end, or ended but were not found by a search, within the timeout. */
    private static int missing(Map<String, Object> figures) {
        Object counts = figures.get("counts");
        if (counts instanceof Map<?, ?> map && map.get("lost") instanceof Integer lost && map.get("notSearchable") instanceof Integer notFound) {
            return lost + notFound;
        }
        return 0;
    }
}
