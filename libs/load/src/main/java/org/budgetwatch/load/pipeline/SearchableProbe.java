package org.budgetwatch.load.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the projection, every {@link #INTERVAL}, which of the documents whose outcome has been published a search
 * finds now (POST /api/documents/searchable, up to 1,000 ids at a time), and notes when each first was.
 * The interval is the resolution of the searchable times.
 */
final class SearchableProbe implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMillis(100);
    private static final int BATCH = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> searchable = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;
    private volatile String lastError;

    SearchableProbe(String searchUrl) {
        this.endpoint = URI.create(searchUrl.replaceAll("/$", "") + "/api/documents/searchable");
        poller = new Thread(this::poll, "load-searchable");
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts asking for the document (once its report or rejection is out). */
    void await(String documentId) {
        if (!searchable.containsKey(documentId)) {
            waiting.add(documentId);
        }
    }

    /** When the document was first found ({@link System#nanoTime()}), or null. */
    Long searchableAt(String documentId) {
        return searchable.get(documentId);
    }

    /** The last failure to ask the projection, or null when the last request succeeded. */
    String lastError() {
        return lastError;
    }

    private void poll() {
        while (running) {
            try {
                List<String> batch = new ArrayList<>(BATCH);
                for (String id : waiting) {
                    if (batch.size() == BATCH) {
                        ask(batch);
                        batch.clear();
                    }
                    batch.add(id);
                }
                if (!batch.isEmpty()) {
                    ask(batch);
                }
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void ask(List<String> ids) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(ids))).build(), HttpResponse.BodyHandlers.ofString());
            long now = System.nanoTime();
            if (response.statusCode() != 200) {
                lastError = "POST " + endpoint + " answered " + response.statusCode() + ": " + response.body();
                return;
            }
            for (JsonNode id : JSON.readTree(response.body()).path("searchable")) {
                searchable.putIfAbsent(id.asText(), now);
                waiting.remove(id.asText());
            }
            lastError = null;
        } catch (IOException e) {
            lastError = "POST " + endpoint + " failed: " + e.getMessage();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.interrupt();
        poller.join(5_000);
    }
}
