package org.budgetwatch.registry;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
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
 * @param users who may use the registry, by name and the SHA-256 of their password; none: no authentication (the
 *              registry then listens on 127.0.0.1 only, unless told otherwise)
 * @param realm the realm named in a 401's WWW-Authenticate
 */
@Validated
@ConfigurationProperties("budgetwatch.registry")
public record RegistrySettings(
        @NotBlank String bootstrapServers,
        @NotBlank String topic,
        @Min(1) short replicationFactor,
        CompatibilityLevel defaultCompatibility,
        Duration startupTimeout,
        Map<String, String> client,
        List<User> users,
        String realm) {

    public RegistrySettings {
        topic = topic == null ? "_schemas" : topic;
        replicationFactor = replicationFactor < 1 ? 1 : replicationFactor;
        defaultCompatibility = defaultCompatibility == null ? CompatibilityLevel.BACKWARD : defaultCompatibility;
        startupTimeout = startupTimeout == null ? Duration.ofSeconds(60) : startupTimeout;
        client = client == null ? Map.of() : Map.copyOf(client);
        users = users == null ? List.of() : List.copyOf(users);
        realm = realm == null || realm.isBlank() ? "SchemaRegistry" : realm;
    }

    /**
     * @param name   the user's name
     * @param sha256 lower-case hex SHA-256 of the password ({@code echo -n "$PASSWORD" | sha256sum})
     */
    public record User(@NotBlank String name, @NotBlank String sha256) {

        public User {
            if (name == null || name.isBlank() || name.contains(":") || sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("each budgetwatch.registry.users entry needs a name without ':' and the 64 hex digits of "
                        + "its password's SHA-256");
            }
            sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
        }
    }
}
