package org.budgetwatch.registry;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Map;
import org.budgetwatch.registry.compatibility.CompatibilityLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the dev schema registry.
 *
 * @param bootstrapServers Kafka brokers that hold the schema log
 * @param topic compacted topic holding every schema and config change; ids survive restarts through it
 * @param replicationFactor replication factor used when the topic has to be created
 * @param defaultCompatibility global compatibility level until PUT /config changes it
 * @param startupTimeout how long start-up may wait for the broker and for reading the log
 * @param client further Kafka client properties of the schema log's producer, consumer and admin client, such as
 *               security.protocol, sasl.mechanism, sasl.jaas.config and ssl.truststore.location for a secured broker
 */
@Validated
@ConfigurationProperties("budgetwatch.registry")
public record RegistrySettings(
        @NotBlank String bootstrapServers,
        @NotBlank String topic,
        @Min(1) short replicationFactor,
        CompatibilityLevel defaultCompatibility,
        Duration startupTimeout,
        Map<String, String> client) {

    public RegistrySettings {
        topic = topic == null ? "_schemas" : topic;
        replicationFactor = replicationFactor < 1 ? 1 : replicationFactor;
        defaultCompatibility = defaultCompatibility == null ? CompatibilityLevel.BACKWARD : defaultCompatibility;
        startupTimeout = startupTimeout == null ? Duration.ofSeconds(60) : startupTimeout;
        client = client == null ? Map.of() : Map.copyOf(client);
    }
}
