package org.budgetwatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.budgetwatch.extractor.ExtractorApplication;
import org.budgetwatch.ingest.IngestApplication;
import org.budgetwatch.ingest.security.ApiKeys;
import org.budgetwatch.projection.ProjectionApplication;
import org.budgetwatch.registry.DevSchemaRegistryApplication;
import org.budgetwatch.validator.ValidatorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole pipeline on one machine with no external service: a KRaft broker, the dev schema registry and the
 * four services, each a Spring application of its own inside this JVM, wired through real Kafka.
 */
public final class LocalStack implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LocalStack.class);

    private final StackSettings settings;
    private final KraftBroker broker;
    private final String externalBootstrapServers;
    private final String externalRegistryUrl;
    private final List<Service> running = new ArrayList<>();

    private boolean rebuildReadModel;
    private final List<String> ingestKeys = new ArrayList<>();
    private String apiKey;

    /** Everything in this JVM: broker, dev registry and services. */
    public LocalStack(StackSettings settings) {
        this.settings = settings;
        this.broker = new KraftBroker(settings.dataDir(), settings.kafkaPort(), settings.controllerPort());
        this.externalBootstrapServers = null;
        this.externalRegistryUrl = null;
    }

    /** Only the services, against a Kafka cluster and a schema registry that run elsewhere. */
    public LocalStack(StackSettings settings, String bootstrapServers, String registryUrl) {
        this.settings = settings;
        this.broker = null;
        this.externalBootstrapServers = bootstrapServers;
        this.externalRegistryUrl = registryUrl;
    }

    /**
     * Empties the search read model at start-up so that the projection rebuilds it from the topics (run command:
     * {@code --rebuild-read-model}).
     */
    public LocalStack rebuildingReadModel() {
        this.rebuildReadModel = true;
        return this;
    }

    /** Another ingest API key (tests: a key with a low rate limit). */
    public LocalStack withIngestKey(String name, String key, int requestsPerMinute) {
        int i = 1 + ingestKeys.size() / 3;
        ingestKeys.add("--budgetwatch.ingest.security.keys[" + i + "].name=" + name);
        ingestKeys.add("--budgetwatch.ingest.security.keys[" + i + "].sha256=" + ApiKeys.sha256Hex(key));
        ingestKeys.add("--budgetwatch.ingest.security.keys[" + i + "].requests-per-minute=" + requestsPerMinute);
        return this;
    }

    /**
     * The local stack's own write key, kept in the data directory ({@code ingest-api-key}) and made on first start; the
     * run command prints it. Ingest knows only its SHA-256.
     */
    public synchronized String apiKey() throws IOException {
        if (apiKey == null) {
            Path file = settings.dataDir().resolve("ingest-api-key");
            if (Files.exists(file)) {
                apiKey = Files.readString(file).strip();
            } else {
                byte[] random = new byte[24];
                new java.security.SecureRandom().nextBytes(random);
                apiKey = "bw-local-" + java.util.HexFormat.of().formatHex(random);
                Files.createDirectories(settings.dataDir());
                Files.writeString(file, apiKey + "\n");
            }
        }
        return apiKey;
    }

    public void start() throws IOException {
        if (broker != null) {
            broker.start();
            start("dev-schema-registry", DevSchemaRegistryApplication::builder, settings.registryPort(),
                    "--budgetwatch.registry.bootstrap-servers=" + bootstrapServers());
        }
        // the extractor, validator and projection subscribe before ingest publishes anything
        start("extractor", ExtractorApplication::builder, settings.extractorPort());
        start("validator", ValidatorApplication::builder, settings.validatorPort());
        start("projection", ProjectionApplication::builder, settings.projectionPort(), "--budgetwatch.projection.rebuild=" + rebuildReadModel);
        List<String> ingest = new ArrayList<>(List.of("--budgetwatch.ingest.security.keys[0].name=local",
                "--budgetwatch.ingest.security.keys[0].sha256=" + ApiKeys.sha256Hex(apiKey()),
                "--budgetwatch.ingest.security.keys[0].requests-per-minute=1000000"));
        ingest.addAll(ingestKeys);
        start("ingest", IngestApplication::builder, settings.ingestPort(), ingest.toArray(String[]::new));
    }

    /** A started service and how to start it again. */
    private record Service(String name, Supplier<SpringApplicationBuilder> builder, String[] args, ConfigurableApplicationContext context) {
    }

    /** Stops one service (extractor, validator, projection, ingest) as a crash or a deployment would, and starts it again. */
    public void restart(String name) {
        for (int i = 0; i < running.size(); i++) {
            Service service = running.get(i);
            if (service.name().equals(name)) {
                service.context().close();
                running.set(i, new Service(name, service.builder(), service.args(), service.builder().get().run(service.args())));
                log.info("{} restarted", name);
                return;
            }
        }
        throw new IllegalArgumentException("no running service " + name);
    }

    /** Stops the in-JVM broker and starts it again on the same data and ports; the services reconnect by themselves. */
    public void restartBroker() throws IOException {
        if (broker == null) {
            throw new IllegalStateException("the broker runs outside this stack");
        }
        broker.close();
        broker.start();
        log.info("Kafka broker restarted");
    }

    private void start(String name, Supplier<SpringApplicationBuilder> builder, int port, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--budgetwatch.kafka.bootstrap-servers=" + bootstrapServers(),
                "--budgetwatch.kafka.schema-registry-url=" + registryUrl(),
                "--BUDGETWATCH_DATA_DIR=" + settings.dataDir(),
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false"));
        args.addAll(List.of(extra));
        String[] arguments = args.toArray(String[]::new);
        ConfigurableApplicationContext context = builder.get().run(arguments);
        running.add(new Service(name, builder, arguments, context));
        log.info("{} started on port {}", context.getEnvironment().getProperty("spring.application.name"), port);
    }

    public String bootstrapServers() {
        return broker == null ? externalBootstrapServers : broker.bootstrapServers();
    }

    public String registryUrl() {
        return broker == null ? externalRegistryUrl : "http://127.0.0.1:" + settings.registryPort();
    }

    public String ingestUrl() {
        return "http://127.0.0.1:" + settings.ingestPort();
    }

    /** The four services' base URLs (their actuator endpoints live under /actuator). */
    public List<String> serviceUrls() {
        return List.of(ingestUrl(), "http://127.0.0.1:" + settings.extractorPort(), "http://127.0.0.1:" + settings.validatorPort(), projectionUrl());
    }

    public String projectionUrl() {
        return "http://127.0.0.1:" + settings.projectionPort();
    }

    /** Stops the services in the reverse order of their start, then the broker. */
    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).context().close();
        }
        running.clear();
        if (broker != null) {
            broker.close();
        }
    }
}
