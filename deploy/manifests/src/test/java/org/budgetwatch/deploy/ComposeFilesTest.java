package org.budgetwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What `docker compose up` would do with deploy/compose, checked without a Docker engine: every budgetwatch image it
 * starts is one the build produces, each container waits for what it needs to be healthy, ports agree with the
 * services' own settings, data sits on named volumes, and the secure overlay is what the apache/kafka image needs.
 */
class ComposeFilesTest {

    private static final Path COMPOSE = BuiltImages.root().resolve("deploy/compose");
    private static final Pattern VERSIONED_IMAGE = Pattern.compile("(budgetwatch/[\\w-]+):\\$\\{BUDGETWATCH_VERSION:-([^}]+)}");
    private static final Pattern DEFAULT_PORT = Pattern.compile("port: \\$\\{(\\w+_PORT):(\\d+)}");
    private static final Map<String, String> SERVICE_CONFIG = Map.of(
            "ingest", "services/ingest/src/main/resources/ingest.yml",
            "extractor", "services/extractor/src/main/resources/extractor.yml",
            "validator", "services/validator/src/main/resources/validator.yml",
            "projection", "services/projection/src/main/resources/projection.yml",
            "schema-registry", "deploy/dev-registry/src/main/resources/dev-registry.yml");

    private final Map<String, Map<String, Object>> services = services(load("docker-compose.yml"));

    @Test
    void shouldStartEveryImageTheBuildProducesAndNoOtherOfOurs() {
        Set<String> started = new HashSet<>();
        services.forEach((name, service) -> {
            String image = (String) service.get("image");
            if (image.startsWith("budgetwatch/")) {
                Matcher versioned = VERSIONED_IMAGE.matcher(image);
                assertThat(versioned.matches()).as("%s: %s is tagged ${BUDGETWATCH_VERSION:-version}", name, image).isTrue();
                assertThat(versioned.group(2)).as("%s's default tag", name).isEqualTo(BuiltImages.tag());
                started.add(versioned.group(1));
            }
        });

        assertThat(started).containsExactlyInAnyOrderElementsOf(BuiltImages.byModule().values());
    }

    @Test
    void shouldCheckTheHealthOfEveryContainerAndStartEachOnlyWhenWhatItNeedsIsHealthy() {
        services.forEach((name, service) -> {
            Map<String, Object> health = map(service.get("healthcheck"));
            assertThat(health).as("%s's healthcheck", name).containsKey("test");
            assertThat(String.join(" ", strings(health.get("test")))).as(name).isNotBlank();
            map(service.getOrDefault("depends_on", Map.of())).forEach((dependency, condition) -> {
                assertThat(services).as("%s depends on %s", name, dependency).containsKey(dependency);
                assertThat(map(condition).get("condition")).as("%s waits for %s", name, dependency).isEqualTo("service_healthy");
            });
        });
        for (String service : List.of("ingest", "extractor", "validator", "projection")) {
            assertThat(map(services.get(service).get("depends_on"))).as(service).containsOnlyKeys("kafka", "schema-registry");
        }
        assertThat(map(services.get("schema-registry").get("depends_on"))).containsOnlyKeys("kafka");
    }

    @Test
    void shouldServeAndProbeEachServiceOnThePortItsConfigurationReads() {
        SERVICE_CONFIG.forEach((name, config) -> {
            Matcher port = DEFAULT_PORT.matcher(BuiltImages.read(BuiltImages.root().resolve(config)));
            assertThat(port.find()).as("%s has a port variable", config).isTrue();
            Map<String, Object> env = map(services.get(name).get("environment"));
            assertThat(String.valueOf(env.get(port.group(1)))).as("%s's %s", name, port.group(1)).isEqualTo(port.group(2));
            assertThat(String.join(" ", strings(map(services.get(name).get("healthcheck")).get("test"))))
                    .as("%s's healthcheck", name).contains("/" + port.group(2)).contains("/actuator/health/readiness");
            for (String published : strings(services.get(name).getOrDefault("ports", List.of()))) {
                assertThat(published).as(name).endsWith(port.group(2) + ":" + port.group(2));
            }
        });
        // published to the network: only what a user needs; the registry on this host's loopback, for an operator
        assertThat(strings(services.get("ingest").get("ports"))).containsExactly("8080:8080");
        assertThat(strings(services.get("projection").get("ports"))).containsExactly("8094:8094");
        assertThat(strings(services.get("schema-registry").get("ports"))).containsExactly("127.0.0.1:8081:8081");
        for (String internal : List.of("kafka", "extractor", "validator")) {
            assertThat(services.get(internal)).as(internal).doesNotContainKey("ports");
        }
    }

    @Test
    void shouldKeepKafkasLogDirAndTheServicesDataOnNamedVolumes() {
        Map<String, Object> compose = load("docker-compose.yml");
        Set<String> declared = map(compose.get("volumes")).keySet();
        Map<String, Object> kafkaEnv = map(services.get("kafka").get("environment"));

        assertThat(mounts("kafka")).containsEntry("/var/lib/kafka/data", "kafka-data");
        assertThat(kafkaEnv.get("KAFKA_LOG_DIRS")).isEqualTo("/var/lib/kafka/data");
        assertThat(java.util.Base64.getUrlDecoder().decode(String.valueOf(kafkaEnv.get("CLUSTER_ID"))))
                .as("CLUSTER_ID is what kafka-storage random-uuid prints: 16 bytes, base64").hasSize(16);
        assertThat(String.valueOf(kafkaEnv.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))).isEqualTo("false");
        assertThat(mounts("ingest")).containsEntry("/data/content", "content");
        assertThat(mounts("extractor")).containsEntry("/data/content:ro", "content");
        assertThat(mounts("projection")).containsEntry("/data/index", "index");
        services.keySet().forEach(name -> assertThat(declared).as("volumes of %s", name).containsAll(mounts(name).values()));
        for (String service : List.of("ingest", "extractor", "validator", "projection")) {
            assertThat(map(services.get(service).get("environment"))).containsEntry("BUDGETWATCH_DATA_DIR", "/data");
        }
    }

    @Test
    void shouldStartTheSecuredBrokerAsTheApacheKafkaImageExpectsAndConnectEveryClientToIt() {
        Map<String, Map<String, Object>> secured = overlay(services, services(load("docker-compose.secure.yml")));
        Map<String, Object> kafka = map(secured.get("kafka").get("environment"));
        Map<String, String> protocols = listenerMap((String) kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"));
        Map<String, String> listeners = listenerMap((String) kafka.get("KAFKA_LISTENERS"));
        Map<String, String> advertised = listenerMap((String) kafka.get("KAFKA_ADVERTISED_LISTENERS"));

        assertThat(protocols.keySet()).containsAll(listeners.keySet());
        assertThat(listeners.keySet()).contains((String) kafka.get("KAFKA_CONTROLLER_LISTENER_NAMES"),
                (String) kafka.get("KAFKA_INTER_BROKER_LISTENER_NAME"));
        assertThat(protocols.values()).as("no plaintext client listener").containsOnly("SASL_SSL", "PLAINTEXT");
        assertThat(protocols.get(kafka.get("KAFKA_CONTROLLER_LISTENER_NAMES"))).isEqualTo("PLAINTEXT");
        assertThat(advertised.values()).allMatch(address -> address.startsWith("kafka:"));
        // the image's configure script: SSL material by file name under /etc/kafka/secrets, SASL through KAFKA_OPTS
        assertThat(kafka).containsKeys("KAFKA_SSL_KEYSTORE_FILENAME", "KAFKA_SSL_KEYSTORE_CREDENTIALS", "KAFKA_SSL_KEY_CREDENTIALS")
                .doesNotContainKeys("KAFKA_SSL_KEYSTORE_LOCATION", "KAFKA_SSL_KEYSTORE_PASSWORD", "KAFKA_SSL_KEY_PASSWORD");
        assertThat((String) kafka.get("KAFKA_OPTS")).contains("java.security.auth.login.config=/etc/kafka/secrets/");
        assertThat(mounts(secured, "kafka")).containsKey("/etc/kafka/secrets:ro");
        assertThat(String.join(" ", strings(map(secured.get("kafka").get("healthcheck")).get("test"))))
                .contains("--command-config").contains(advertised.values().iterator().next());

        String securedAddress = advertised.get(kafka.get("KAFKA_INTER_BROKER_LISTENER_NAME"));
        for (String client : List.of("schema-registry", "ingest", "extractor", "validator", "projection")) {
            Map<String, Object> env = map(secured.get(client).get("environment"));
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).as(client).isEqualTo(securedAddress);
            String prefix = client.equals("schema-registry") ? "BUDGETWATCH_REGISTRY_CLIENT_" : "SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_";
            assertThat(env.get(prefix + "SECURITY_PROTOCOL")).as(client).isEqualTo("SASL_SSL");
            assertThat(env.get(prefix + "SASL_MECHANISM")).as(client).isEqualTo(kafka.get("KAFKA_SASL_ENABLED_MECHANISMS"));
            assertThat((String) env.get(prefix + "SASL_JAAS_CONFIG")).as(client).contains("PlainLoginModule required");
            assertThat(mounts(secured, client).keySet()).as(client).anyMatch(target -> target.startsWith(
                    String.valueOf(env.get(prefix + "SSL_TRUSTSTORE_LOCATION"))));
        }
    }

    private Map<String, String> mounts(String service) {
        return mounts(services, service);
    }

    /** Mount target (with its mode) → volume name or host path. */
    private static Map<String, String> mounts(Map<String, Map<String, Object>> services, String service) {
        Map<String, String> mounts = new LinkedHashMap<>();
        for (String volume : strings(services.get(service).getOrDefault("volumes", List.of()))) {
            int colon = volume.indexOf(':');
            mounts.put(volume.substring(colon + 1), volume.substring(0, colon));
        }
        return mounts;
    }

    /** Compose's merge of an overlay: maps merge key by key, volume lists by mount target, anything else is replaced. */
    private static Map<String, Map<String, Object>> overlay(Map<String, Map<String, Object>> base, Map<String, Map<String, Object>> overlay) {
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        base.forEach((name, service) -> {
            Map<String, Object> result = new LinkedHashMap<>(service);
            map(overlay.getOrDefault(name, Map.of())).forEach((key, value) -> {
                if (value instanceof Map<?, ?> && result.get(key) instanceof Map<?, ?>) {
                    Map<String, Object> both = new LinkedHashMap<>(map(result.get(key)));
                    both.putAll(map(value));
                    result.put(key, both);
                } else if ("volumes".equals(key)) {
                    List<String> volumes = new ArrayList<>(strings(result.getOrDefault(key, List.of())));
                    volumes.addAll(strings(value));
                    result.put(key, volumes);
                } else {
                    result.put(key, value);
                }
            });
            merged.put(name, result);
        });
        return merged;
    }

    private static Map<String, String> listenerMap(String listeners) {
        Map<String, String> byName = new LinkedHashMap<>();
        Arrays.stream(listeners.split(",")).map(String::trim).forEach(entry -> {
            int separator = entry.contains("://") ? entry.indexOf("://") : entry.indexOf(':');
            byName.put(entry.substring(0, separator), entry.substring(separator + (entry.contains("://") ? 3 : 1)));
        });
        return byName;
    }

    private static Map<String, Object> load(String file) {
        return new Yaml().load(BuiltImages.read(COMPOSE.resolve(file)));
    }

    private static Map<String, Map<String, Object>> services(Map<String, Object> compose) {
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        map(compose.get("services")).forEach((name, service) -> services.put(name, map(service)));
        return services;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }
}
