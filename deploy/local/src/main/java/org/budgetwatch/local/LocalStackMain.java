package org.budgetwatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The run command: starts the local stack, submits the bundled samples (or the files and folders given),
 * prints one line per document, and serves the APIs until Ctrl-C.
 *
 * <p>Options: see {@link #USAGE}. Everything the stack logs goes to {@code <data dir>/logs/budgetwatch.log}; the console
 * shows the summary only.
 */
public final class LocalStackMain {

    static final String USAGE = """
            Usage: java -jar deploy/local/target/budgetwatch-local.jar [OPTION]... [FILE|FOLDER]...
            Runs Kafka (KRaft), the dev schema registry and the four services in one JVM, ingests the files given (the
            bundled samples when none) and serves until Ctrl-C.
              --data-dir=DIR          data directory, kept between runs (default data/local); logs in DIR/logs
              --ingest-port=N         ingest API (default 8080)
              --registry-port=N       dev schema registry (default 8081)
              --extractor-port=N      extractor health and metrics (default 8092)
              --validator-port=N      validator health and metrics (default 8093)
              --projection-port=N     search API and web page (default 8094)
              --kafka-port=N          Kafka clients (default 9092)
              --controller-port=N     KRaft controller (default 9093)
              --bind-address=ADDR     the address every port listens on (default 127.0.0.1: this machine only)
              --registry-auth         the dev schema registry asks for a password (kept in DIR/registry-password)
              --exit-when-done        stop once the files are processed
              --rebuild-read-model    empty the search index and rebuild it from the topics
              --help                  this text
            """;
    private static final List<String> PORT_OPTIONS = List.of("ingest-port", "registry-port", "extractor-port", "validator-port",
            "projection-port", "kafka-port", "controller-port");
    private static final List<String> OPTIONS = List.of("data-dir", "bind-address", "registry-auth", "exit-when-done",
            "rebuild-read-model", "help");

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        List<Path> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                String[] kv = arg.substring(2).split("=", 2);
                if (!OPTIONS.contains(kv[0]) && !PORT_OPTIONS.contains(kv[0])) {
                    usageError("unknown option " + arg);
                }
                options.put(kv[0], kv.length > 1 ? kv[1] : "true");
            } else {
                inputs.add(Path.of(arg));
            }
        }
        if (options.containsKey("help")) {
            System.out.print(USAGE);
            return;
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                usageError("no such file or folder: " + input);
            }
        }
        Path dataDir = Path.of(options.getOrDefault("data-dir", "data/local")).toAbsolutePath();
        Path logFile = dataDir.resolve("logs").resolve("budgetwatch.log");
        // before anything logs: logback.xml writes to this file
        System.setProperty("budgetwatch.log.file", logFile.toString());
        StackSettings d = StackSettings.defaults(dataDir);
        StackSettings settings = new StackSettings(dataDir, port(options, "kafka-port", d.kafkaPort()),
                port(options, "controller-port", d.controllerPort()), port(options, "registry-port", d.registryPort()),
                port(options, "ingest-port", d.ingestPort()), port(options, "extractor-port", d.extractorPort()),
                port(options, "validator-port", d.validatorPort()), port(options, "projection-port", d.projectionPort()),
                options.getOrDefault("bind-address", StackSettings.LOOPBACK));

        LocalStack stack = new LocalStack(settings);
        if (options.containsKey("registry-auth")) {
            stack.withRegistryAuth();
        }
        if (options.containsKey("rebuild-read-model")) {
            stack.rebuildingReadModel();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping budgetwatch…");
            stack.close();
            stopped.countDown();
        }, "stack-shutdown"));
        System.out.printf("Starting budgetwatch (logs: %s)…%n", logFile);
        try {
            stack.start();
        } catch (Exception e) {
            System.err.printf("budgetwatch could not start: %s%nSee %s%n", e.getMessage(), logFile);
            System.exit(1);
        }

        List<Document> documents = inputs.isEmpty() ? bundledSamples() : files(inputs);
        IngestClient ingest = new IngestClient(stack.ingestUrl(), stack.apiKey());
        try (OutcomeWatcher watcher = new OutcomeWatcher(stack.bootstrapServers(), stack.registryUrl())) {
            System.out.println();
            for (Document document : documents) {
                IngestClient.Submitted submitted = ingest.submit(document.name(), document.content());
                if (submitted.documentId() == null) {
                    System.out.printf("%-55s refused: %s%n", document.name(), submitted.body().path("message").asText());
                    continue;
                }
                OutcomeWatcher.Outcome outcome = watcher.await(submitted.documentId(), Duration.ofMinutes(2));
                System.out.println(OutcomeLine.of(document.name(), submitted.documentId(), outcome)
                        + (submitted.status() == 200 ? "  (already known)" : ""));
            }
        }
        System.out.printf("%nbudgetwatch is running. Data: %s   Logs: %s%n", dataDir, logFile);
        System.out.printf("  submit:   curl -H 'X-API-Key: %s' -F file=@corpus/beijing-dongcheng-medical-security-2024-budget.txt %s/api/disclosures%n",
                stack.apiKey(), stack.ingestUrl());
        System.out.printf("  status:   curl %s/api/disclosures/<documentId>%n", stack.ingestUrl());
        System.out.printf("  search:   %s/  (web page)   curl -G --data-urlencode 'q=医疗保障' %s/api/search%n", stack.projectionUrl(), stack.projectionUrl());
        System.out.printf("  API docs: %s/swagger-ui/index.html   %s/swagger-ui/index.html%n", stack.ingestUrl(), stack.projectionUrl());
        System.out.printf("  registry: %s/subjects%s   kafka: %s (KRaft controller on %d)%n", stack.registryAddress(),
                options.containsKey("registry-auth") ? " (user " + LocalStack.REGISTRY_USER + ", password in " + dataDir.resolve("registry-password") + ")" : "",
                stack.bootstrapServers(), settings.controllerPort());
        if (!settings.bindAddress().equals(StackSettings.LOOPBACK)) {
            System.out.printf("  listening on %s: anyone who reaches this machine reaches the search and the registry%s%n", settings.bindAddress(),
                    options.containsKey("registry-auth") ? "" : " (add --registry-auth)");
        }
        if (options.containsKey("exit-when-done")) {
            System.exit(0);
        }
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    private record Document(String name, byte[] content) {
    }

    private static int port(Map<String, String> options, String name, int defaultPort) {
        String value = options.getOrDefault(name, String.valueOf(defaultPort));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                usageError("--" + name + " must be a port between 1 and 65535, not " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            usageError("--" + name + " must be a port number, not " + value);
            return defaultPort;
        }
    }

    /** A usage error: says what is wrong and how to call, on stderr, and exits 2. */
    private static void usageError(String problem) {
        System.err.println("budgetwatch-local: " + problem);
        System.err.print(USAGE);
        System.exit(2);
    }

    static List<Document> bundledSamples() throws IOException {
        List<Document> samples = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.txt")) {
            try (var in = resource.getInputStream()) {
                samples.add(new Document(resource.getFilename(), in.readAllBytes()));
            }
        }
        samples.sort(java.util.Comparator.comparing(Document::name));
        return samples;
    }

    private static List<Document> files(List<Path> inputs) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (Path input : inputs) {
            try (Stream<Path> paths = Files.isDirectory(input) ? Files.walk(input) : Stream.of(input)) {
                for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                    documents.add(new Document(path.getFileName().toString(), Files.readAllBytes(path)));
                }
            }
        }
        return documents;
    }
}
