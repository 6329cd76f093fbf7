package org.budgetwatch.cli;

import picocli.CommandLine.Option;

/** Where a running stack's Kafka and schema registry answer (defaults: the local stack's). */
public class KafkaOptions {

    @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092", description = "Kafka (default ${DEFAULT-VALUE}).")
    public String bootstrapServers;

    @Option(names = "--registry", defaultValue = "http://localhost:8081", description = "Schema registry (default ${DEFAULT-VALUE}).")
    public String registryUrl;
}
