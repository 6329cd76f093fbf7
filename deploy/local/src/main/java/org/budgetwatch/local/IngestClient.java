package org.budgetwatch.local;

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

/** Submits documents to the ingest API as a crawler would (multipart POST /api/disclosures). */
public final class IngestClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    private String apiKey;

    /** @param apiKey sent as X-API-Key; null sends none */
    public IngestClient(String baseUrl, String apiKey) {
        this.apiKey = apiKey;
        this.baseUrl = baseUrl;
    }

    /** @param status 202 for a new document, 200 for one accepted before */
    public record Submitted(int status, String documentId, JsonNode body) {
    }

    public Submitted submit(String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "budgetwatch-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "")
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/disclosures"))
                        .timeout(Duration.ofSeconds(60))
                        .headers(apiKey == null ? new String[] {"X-Client", "budgetwatch"} : new String[] {"X-API-Key", apiKey})
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = JSON.readTree(response.body());
        return new Submitted(response.statusCode(), json.path("documentId").asText(null), json);
    }
}
