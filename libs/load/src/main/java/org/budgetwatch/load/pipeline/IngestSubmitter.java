package org.budgetwatch.load.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Submits a document to the ingest API as a crawler would, and waits as the API asks when it refuses for the time
 * being: 429 (over the key's rate) and 503 (the pipeline is full) carry Retry-After. When the ingest cannot be reached
 * (a restart, a deployment, a network hiccup) it reconnects and sends again, waiting longer each time, so that a run
 * rides through a restart of the stack. Counts each kind of refusal and every reconnection.
 */
final class IngestSubmitter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Duration FIRST_RECONNECT = Duration.ofMillis(250);
    private static final Duration LAST_RECONNECT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String apiKey;
    final AtomicLong tooManyRequests = new AtomicLong();
    final AtomicLong unavailable = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();

    IngestSubmitter(String ingestUrl, String apiKey) {
        this.endpoint = URI.create(ingestUrl.replaceAll("/$", "") + "/api/disclosures");
        this.apiKey = apiKey;
    }

    /**
     * @param status        202 accepted, 200 accepted before (a duplicate), the final refusal's status, or 0 when the
     *                      ingest could not be reached before the run gave up
     * @param acceptedNanos {@link System#nanoTime()} when the answer arrived
     * @param resent        whether it was sent again after a connection failed: an answer lost on the way may have
     *                      accepted it, so a 200 then means this run's own submission was taken
     */
    record Submission(int status, String documentId, String message, long acceptedNanos, boolean resent) {
        boolean accepted() {
            return status == 202 || status == 200;
        }

        /** Accepted as new by this run: 202, or 200 for a submission whose first answer was lost. */
        boolean acceptedNew() {
            return status == 202 || status == 200 && resent;
        }
    }

    /** @throws IOException when the ingest cannot be reached at all (the run does not start) */
    void requireReachable() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(endpoint.resolve("/actuator/health")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /**
     * Posts the file; a 429 or 503 is retried after its Retry-After, a failed connection after a growing pause, until
     * {@code giveUpNanos}.
     */
    Submission submit(String fileName, byte[] content, long giveUpNanos) throws InterruptedException {
        HttpRequest request = request(fileName, content);
        boolean resent = false;
        Duration pause = FIRST_RECONNECT;
        while (true) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException unreachable) {
                if (System.nanoTime() >= giveUpNanos) {
                    return new Submission(0, null, "The ingest API could not be reached: " + unreachable, System.nanoTime(), resent);
                }
                reconnects.incrementAndGet();
                resent = true;
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(LAST_RECONNECT) > 0 ? LAST_RECONNECT : pause.multipliedBy(2);
                continue;
            }
            long answered = System.nanoTime();
            int status = response.statusCode();
            JsonNode body = parse(response.body());
            if ((status == 429 || status == 503) && answered < giveUpNanos) {
                (status == 429 ? tooManyRequests : unavailable).incrementAndGet();
                Thread.sleep(retryAfter(response).toMillis());
                continue;
            }
            return new Submission(status, body.path("documentId").asText(null), body.path("message").asText(response.body()), answered, resent);
        }
    }

    private HttpRequest request(String fileName, byte[] content) {
        String boundary = "budgetwatch-load-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "")
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Submitter", "budgetwatch-load")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        return builder.build();
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        try {
            long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").strip());
            return Duration.ofMillis(Math.min(MAX_WAIT.toMillis(), Math.max(100, seconds * 1000)));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
