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
    /** The dev registry's user when it asks for a password ({@link #withRegistryAuth()}). */
    static final String REGISTRY_USER = "budgetwatch";

    private final StackSettings settings;
    private final KraftBroker broker;
    private final String externalBootstrapServers;
    private final String externalRegistryUrl;
    private final List<Service> running = new ArrayList<>();

    private boolean rebuildReadModel;
    private boolean registryAuth;
    private String registryPassword;
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
     * The local stack's own write key, kept in the data directory ({@code ingest-api-key}, readable by its owner only)
     * and made on first start; the run command prints it. Ingest knows only its SHA-256.
     */
    public synchronized String apiKey() throws IOException {
        if (apiKey == null) {
            apiKey = SecretFile.readOrCreate(settings.dataDir().resolve("ingest-api-key"), "bw-local-");
        }
        return apiKey;
    }

    /**
     * The dev registry asks for a name and password (HTTP basic authentication, as Confluent's does), kept in the data
     * directory ({@code registry-password}, readable by its owner only); the services and {@link #registryUrl()} carry
     * them in the URL, Confluent's default credentials source (run command: {@code --registry-auth}).
     */
    public LocalStack withRegistryAuth() {
        this.registryAuth = true;
        return this;
    }

    private synchronized String registryPassword() throws IOException {
        if (registryPassword == null) {
            registryPassword = SecretFile.readOrCreate(settings.dataDir().resolve("registry-password"), "bw-registry-");
        }
        return registryPassword;
    }

    public void start() throws IOException {
        if (broker != null) {
            broker.start();
            List<String> registry = new ArrayList<>(List.of("--budgetwatch.registry.bootstrap-servers=" + bootstrapServers()));
            if (registryAuth) {
                registry.add("--budgetwatch.registry.users[0].name=" + REGISTRY_USER);
                registry.add("--budgetwatch.registry.users[0].sha256=" + ApiKeys.sha256Hex(registryPassword()));
            }
            start("dev-schema-registry", DevSchemaRegistryApplication::builder, settings.registryPort(), registry.toArray(String[]::new));
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
                "--server.address=" + settings.bindAddress(),
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

    /** The registry's URL for clients: with its name and password in it when it asks for them. */
    public String registryUrl() {
        if (broker == null) {
            return externalRegistryUrl;
        }
        if (!registryAuth) {
            return registryAddress();
        }
        try {
            return "http://" + REGISTRY_USER + ":" + registryPassword() + "@" + settings.host() + ":" + settings.registryPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The registry's address, without credentials: for printing, and for requests that bring their own. */
    public String registryAddress() {
        return broker == null ? externalRegistryUrl.replaceFirst("//[^/@]*@", "//") : "http://" + settings.host() + ":" + settings.registryPort();
    }

    public String ingestUrl() {
        return "http://" + settings.host() + ":" + settings.ingestPort();
    }

    /** The four services' base URLs (their actuator endpoints live under /actuator). */
    public List<String> serviceUrls() {
        return List.of(ingestUrl(), "http://" + settings.host() + ":" + settings.extractorPort(),
                "http://" + settings.host() + ":" + settings.validatorPort(), projectionUrl());
    }

    public String projectionUrl() {
        return "http://" + settings.host() + ":" + settings.projectionPort();
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
