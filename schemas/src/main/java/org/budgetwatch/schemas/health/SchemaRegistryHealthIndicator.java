package org.budgetwatch.schemas.health;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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
            // credentials in the URL (Confluent's default source) are sent as basic authentication, and never shown
            String shown = base.replaceFirst("//[^/@]*@", "//");
            try {
                URI uri = URI.create(base);
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shown.replaceAll("/$", "") + "/subjects"))
                        .timeout(Duration.ofSeconds(2)).GET();
                if (uri.getRawUserInfo() != null) {
                    String userInfo = URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8);
                    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
                }
                HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Health.up().withDetail("url", shown).build();
                }
                lastError = shown + " answered " + response.statusCode();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                lastError = shown + ": " + e.getClass().getSimpleName();
            }
        }
        return Health.down().withDetail("error", lastError).build();
    }
}
