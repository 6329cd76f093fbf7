package org.budgetwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.local.JsonGet.getJson;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * While 500 documents flow through the local stack, the extractor, the validator, the projection and then the Kafka
 * broker are stopped and started again in turn. Afterwards every document has exactly one report on
 * disclosures.discrepancies.v1 (read_committed) and exactly one entry in the read model, and none is missing.
 */
class FaultInjectionTest {

    private static final int DOCUMENTS = 500;

    @Test
    void everyDocumentShouldEndExactlyOnceThroughRestartsOfEveryServiceAndTheBroker() throws Exception {
        List<byte[]> corpus;
        try (Stream<Path> files = Files.list(Path.of("../../corpus"))) {
            corpus = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(FaultInjectionTest::read).toList();
        }
        Path dataDir = Files.createTempDirectory("budgetwatch-faults");
        try (LocalStack stack = new LocalStack(StackSettings.onFreePorts(dataDir))) {
            stack.start();
            IngestClient ingest = new IngestClient(stack.ingestUrl(), stack.apiKey());
            Set<String> ids = ConcurrentHashMap.newKeySet();
            ExecutorService crawler = Executors.newSingleThreadExecutor();
            Future<?> submitting = crawler.submit(() -> {
                for (int i = 0; i < DOCUMENTS; i++) {
                    // distinct documents: a corpus disclosure with a note of its own
                    byte[] base = corpus.get(i % corpus.size());
                    byte[] content = (new String(base, StandardCharsets.UTF_8) + "\n附注：第 " + i + " 份\n").getBytes(StandardCharsets.UTF_8);
                    ids.add(submitWithRetries(ingest, "load-" + i + ".txt", content));
                }
                return null;
            });

            await().atMost(Duration.ofMinutes(2)).until(() -> ids.size() >= 50);
            stack.restart("extractor");
            await().atMost(Duration.ofMinutes(2)).until(() -> ids.size() >= 150);
            stack.restart("validator");
            await().atMost(Duration.ofMinutes(2)).until(() -> ids.size() >= 250);
            stack.restart("projection");
            await().atMost(Duration.ofMinutes(2)).until(() -> ids.size() >= 350);
            stack.restartBroker();
            submitting.get();
            crawler.shutdown();
            assertThat(ids).hasSize(DOCUMENTS);

            try (OutcomeWatcher watcher = new OutcomeWatcher(stack.bootstrapServers(), stack.registryUrl())) {
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                        .untilAsserted(() -> assertThat(ids).allSatisfy(id -> assertThat(watcher.reportCount(id)).as(id).isGreaterThanOrEqualTo(1)));
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20))
                        .untilAsserted(() -> assertThat(ids).allSatisfy(id -> assertThat(watcher.reportCount(id)).as("reports of %s", id).isEqualTo(1)));
            }
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                JsonNode stats = getJson(stack.projectionUrl() + "/api/stats");
                assertThat(stats.path("documents").asLong()).isEqualTo(DOCUMENTS);
                assertThat(stats.path("documentsByStatus").findValuesAsText("value")).doesNotContain("EXTRACTED", "RECEIVED");
            });
            for (String id : ids) {
                JsonNode hits = getJson(stack.projectionUrl() + "/api/search?q=" + id + "&type=document");
                assertThat(hits.path("total").asLong()).as("entries of %s", id).isEqualTo(1);
            }
        }
    }

    /** As a crawler does: a refusal while the pipeline is unavailable is retried after a pause. */
    private static String submitWithRetries(IngestClient ingest, String name, byte[] content) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            try {
                IngestClient.Submitted submitted = ingest.submit(name, content);
                if (submitted.status() == 202 || submitted.status() == 200) {
                    return submitted.documentId();
                }
            } catch (java.io.IOException unavailable) {
                // ingest restarting its connection to the broker
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " could not be submitted");
    }


    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
