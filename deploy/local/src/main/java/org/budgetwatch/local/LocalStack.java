package org.budgetwatch.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extractor.ExtractorApplication;
import org.budgetwatch.ingest.IngestApplication;
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
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    private boolean rebuildReadModel;

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

    public void start() throws IOException {
        if (broker != null) {
            broker.start();
            start(DevSchemaRegistryApplication.builder(), settings.registryPort(),
                    "--budgetwatch.registry.bootstrap-servers=" + bootstrapServers());
        }
        // the extractor, validator and projection subscribe before ingest publishes anything
        start(ExtractorApplication.builder(), settings.extractorPort());
        start(ValidatorApplication.builder(), settings.validatorPort());
        start(ProjectionApplication.builder(), settings.projectionPort(), "--budgetwatch.projection.rebuild=" + rebuildReadModel);
        start(IngestApplication.builder(), settings.ingestPort());
    }

    private void start(SpringApplicationBuilder builder, int port, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--budgetwatch.kafka.bootstrap-servers=" + bootstrapServers(),
                "--budgetwatch.kafka.schema-registry-url=" + registryUrl(),
                "--BUDGETWATCH_DATA_DIR=" + settings.dataDir(),
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
        running.add(context);
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

    public String projectionUrl() {
        return "http://127.0.0.1:" + settings.projectionPort();
    }

    /** Stops the services in the reverse order of their start, then the broker. */
    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        running.clear();
        if (broker != null) {
            broker.close();
        }
    }
}
