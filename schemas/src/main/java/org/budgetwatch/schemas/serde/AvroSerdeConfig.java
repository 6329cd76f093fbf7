package org.budgetwatch.schemas.serde;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings of the serializer and deserializer, read from the Kafka client configuration under
 * Confluent's own keys, so that a configuration written for Confluent's KafkaAvroSerializer works unchanged.
 */
public record AvroSerdeConfig(
        List<String> registryUrls,
        boolean autoRegisterSchemas,
        boolean useLatestVersion,
        boolean specificAvroReader,
        String basicAuthCredentialsSource,
        String basicAuthUserInfo,
        int identityMapCapacity) {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    /** Confluent's name for the size of the schema id cache. */
    public static final String MAX_SCHEMAS_PER_SUBJECT = "max.schemas.per.subject";

    public static AvroSerdeConfig from(Map<String, ?> configs) {
        Object url = configs.get(SCHEMA_REGISTRY_URL);
        if (url == null || url.toString().isBlank()) {
            throw new IllegalArgumentException("Missing required configuration '" + SCHEMA_REGISTRY_URL + "'");
        }
        List<String> urls = url instanceof List<?> list
                ? list.stream().map(Object::toString).map(String::trim).toList()
                : Arrays.stream(url.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new AvroSerdeConfig(
                urls,
                bool(configs, AUTO_REGISTER_SCHEMAS, true),
                bool(configs, USE_LATEST_VERSION, false),
                bool(configs, SPECIFIC_AVRO_READER, false),
                string(configs, BASIC_AUTH_CREDENTIALS_SOURCE, "URL"),
                string(configs, BASIC_AUTH_USER_INFO, null),
                Integer.parseInt(string(configs, MAX_SCHEMAS_PER_SUBJECT, "1000")));
    }

    private static boolean bool(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs.get(key);
        return value == null ? defaultValue : Boolean.parseBoolean(value.toString().trim());
    }

    private static String string(Map<String, ?> configs, String key, String defaultValue) {
        Object value = configs.get(key);
        return value == null ? defaultValue : value.toString().trim();
    }
}
