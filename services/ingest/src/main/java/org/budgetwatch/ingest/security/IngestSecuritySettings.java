package org.budgetwatch.ingest.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may write (and, if so configured, read). Keys are configured by the SHA-256 of their value, never the value:
 * {@code echo -n "$KEY" | sha256sum}.
 *
 * @param keys            the API keys, each with its own rate limit
 * @param readsRequireKey whether GET /api/disclosures/** needs a key too (default: reads are open)
 */
@ConfigurationProperties("budgetwatch.ingest.security")
public record IngestSecuritySettings(List<Key> keys, boolean readsRequireKey) {

    public IngestSecuritySettings {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /**
     * @param name              who holds the key (logged and used for metrics, the key itself never is)
     * @param sha256            lower-case hex SHA-256 of the key
     * @param requestsPerMinute sustained writes allowed; a burst of that many is allowed too
     */
    public record Key(String name, String sha256, int requestsPerMinute) {

        public Key {
            if (name == null || name.isBlank() || sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("each budgetwatch.ingest.security.keys entry needs a name and the 64 hex digits of its SHA-256");
            }
            sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
            requestsPerMinute = requestsPerMinute <= 0 ? 600 : requestsPerMinute;
        }
    }
}
