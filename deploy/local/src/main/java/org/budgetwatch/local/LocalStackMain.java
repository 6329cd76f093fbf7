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
 * <p>Options: {@code --data-dir=DIR} (default ./data/local), {@code --ingest-port=N}, {@code --projection-port=N},
 * {@code --registry-port=N}, {@code --kafka-port=N}, {@code --exit-when-done} (stop after the samples, for scripts).
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        List<Path> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                String[] kv = arg.substring(2).split("=", 2);
                options.put(kv[0], kv.length > 1 ? kv[1] : "true");
            } else {
                inputs.add(Path.of(arg));
            }
        }
        Path dataDir = Path.of(options.getOrDefault("data-dir", "data/local")).toAbsolutePath();
        StackSettings d = StackSettings.defaults(dataDir);
        StackSettings settings = new StackSettings(dataDir, port(options, "kafka-port", d.kafkaPort()),
                port(options, "controller-port", d.controllerPort()), port(options, "registry-port", d.registryPort()),
                port(options, "ingest-port", d.ingestPort()), port(options, "extractor-port", d.extractorPort()),
                port(options, "validator-port", d.validatorPort()), port(options, "projection-port", d.projectionPort()));

        LocalStack stack = new LocalStack(settings);
        if (options.containsKey("rebuild-read-model")) {
            stack.rebuildingReadModel();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping budgetwatch…");
            stack.close();
            stopped.countDown();
        }, "stack-shutdown"));
        stack.start();

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
        System.out.printf("%nbudgetwatch is running. Data: %s%n", dataDir);
        System.out.printf("  submit:   curl -H 'X-API-Key: %s' -F file=@corpus/beijing-dongcheng-medical-security-2024-budget.txt %s/api/disclosures%n",
                stack.apiKey(), stack.ingestUrl());
        System.out.printf("  status:   curl %s/api/disclosures/<documentId>%n", stack.ingestUrl());
        System.out.printf("  search:   %s/  (web page)   curl '%s/api/search?q=医疗保障'%n", stack.projectionUrl(), stack.projectionUrl());
        System.out.printf("  registry: %s/subjects   kafka: %s%n", stack.registryUrl(), stack.bootstrapServers());
        if (options.containsKey("exit-when-done")) {
            System.exit(0);
        }
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    private record Document(String name, byte[] content) {
    }

    private static int port(Map<String, String> options, String name, int defaultPort) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(defaultPort)));
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
