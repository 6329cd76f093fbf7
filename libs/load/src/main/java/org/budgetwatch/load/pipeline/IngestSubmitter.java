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
 * being: 429 (over the key's rate) and 503 (the pipeline is full) carry Retry-After. Counts each kind of refusal.
 */
final class IngestSubmitter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String apiKey;
    final AtomicLong tooManyRequests = new AtomicLong();
    final AtomicLong unavailable = new AtomicLong();

    IngestSubmitter(String ingestUrl, String apiKey) {
        this.endpoint = URI.create(ingestUrl.replaceAll("/$", "") + "/api/disclosures");
        this.apiKey = apiKey;
    }

    /**
     * @param status 202 accepted, 200 accepted before (a duplicate), or the final refusal's status
     * @param acceptedNanos {@link System#nanoTime()} when the answer arrived
     */
    record Submission(int status, String documentId, String message, long acceptedNanos) {
        boolean accepted() {
            return status == 202 || status == 200;
        }
    }

    /** Posts the file; a 429 or 503 is retried after its Retry-After until {@code giveUpNanos}. */
    Submission submit(String fileName, byte[] content, long giveUpNanos) throws IOException, InterruptedException {
        HttpRequest request = request(fileName, content);
        while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long answered = System.nanoTime();
            int status = response.statusCode();
            JsonNode body = parse(response.body());
            if ((status == 429 || status == 503) && answered < giveUpNanos) {
                (status == 429 ? tooManyRequests : unavailable).incrementAndGet();
                Thread.sleep(retryAfter(response).toMillis());
                continue;
            }
            return new Submission(status, body.path("documentId").asText(null), body.path("message").asText(response.body()), answered);
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
