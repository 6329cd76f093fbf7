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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.budgetwatch.load.CorpusBase;
import org.budgetwatch.load.VariantGenerator;
import org.budgetwatch.load.pipeline.PipelineLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While 500 documents flow through the local stack, the extractor, the validator, the projection and then the Kafka
 * broker are stopped and started again in turn. Afterwards every document has exactly one report on
 * disclosures.discrepancies.v1 (read_committed) and exactly one entry in the read model, and none is missing. Then the
 * whole stack is killed at once in the middle of a load run and started again.
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

    /**
     * The load tool submits and follows generated disclosures while the whole stack, broker included, is killed at once
     * (SIGKILL, its own process) and started again on the same data: the tool reconnects and goes on, and every document
     * it had accepted ends exactly once and is found by a search.
     */
    @Test
    void everyAcceptedDocumentShouldEndExactlyOnceWhenTheWholeStackIsKilledMidLoadAndStartedAgain(@TempDir Path dataDir) throws Exception {
        int documents = 240;
        try (StackProcess stack = new StackProcess(StackSettings.onFreePorts(dataDir), Path.of("target", "stack-kill", "stack.log"))) {
            stack.start();
            VariantGenerator generator = new VariantGenerator(CorpusBase.readAll(Path.of("../../corpus")), "kill-" + System.nanoTime(), 0.1);
            PipelineLoad.Stack address = new PipelineLoad.Stack(stack.ingestUrl(), stack.projectionUrl(), stack.bootstrapServers(),
                    stack.registryUrl(), stack.apiKey());
            AtomicReference<PipelineLoad.Progress> progress = new AtomicReference<>();
            ExecutorService loader = Executors.newSingleThreadExecutor();
            Future<Map<String, Object>> load = loader.submit(() -> PipelineLoad.run(generator, address,
                    new PipelineLoad.Settings(documents, 12, 4, Duration.ofMinutes(5)), progress::set));

            await().atMost(Duration.ofMinutes(3)).until(() -> progress.get() != null && progress.get().submitted() >= documents / 3);
            stack.kill();
            stack.start();

            JsonNode counts = new ObjectMapper().valueToTree(load.get(15, TimeUnit.MINUTES)).path("counts");
            loader.shutdown();
            assertThat(counts.path("accepted").asInt()).as("%s", counts).isEqualTo(documents);
            assertThat(counts.path("reconnects").asLong()).as("the load rode through the restart").isPositive();
            assertThat(counts.path("lost").asInt()).as("%s", counts).isZero();
            assertThat(counts.path("ended").asInt() + counts.path("acceptedBefore").asInt()).isEqualTo(documents);
            assertThat(counts.path("moreThanOneOutcome").asInt()).as("ended exactly once").isZero();
            assertThat(counts.path("notSearchable").asInt()).as("%s", counts).isZero();
            assertThat(counts.path("acceptedBefore").asInt()).as("each of this run's documents is new to the pipeline").isZero();
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
