package org.budgetwatch.schemas.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Whether the schema registry answers: without it no event can be written or read, so a service is not ready. Asks
 * every configured URL ({@code GET /subjects}, 2 s) and is up when one answers; {@code mock://} registries are up.
 */
public final class SchemaRegistryHealthIndicator implements HealthIndicator {

    private final String urls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public SchemaRegistryHealthIndicator(String urls) {
        this.urls = urls;
    }

    @Override
    public Health health() {
        String lastError = "no URL configured";
        for (String url : urls.split(",")) {
            String base = url.strip();
            if (base.startsWith("mock://")) {
                return Health.up().withDetail("url", base).build();
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + "/subjects"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Health.up().withDetail("url", base).build();
                }
                lastError = base + " answered " + response.statusCode();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                lastError = base + ": " + e.getClass().getSimpleName();
            }
        }
        return Health.down().withDetail("error", lastError).build();
    }
}
