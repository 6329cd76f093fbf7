package org.budgetwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.budgetwatch.local.JsonGet.getJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetwatch.load.CorpusBase;
import org.budgetwatch.load.VariantGenerator;
import org.budgetwatch.load.pipeline.PipelineLoad;
import org.budgetwatch.load.replay.ArchiveReplay;
import org.budgetwatch.validation.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline benchmarks against the real local stack: `budgetwatch load` follows every generated disclosure to its
 * one committed report and to the read model, and `budgetwatch replay` re-validates all of them.
 */
class PipelineLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DOCUMENTS = 60;

    @TempDir
    Path dataDir;

    @Test
    void shouldFollowEveryGeneratedDisclosureToOneReportAndTheReadModelAndReplayThemAll() throws Exception {
        try (LocalStack stack = new LocalStack(StackSettings.onFreePorts(dataDir))) {
            stack.start();
            VariantGenerator generator = new VariantGenerator(CorpusBase.readAll(Path.of("../../corpus")), "test", 0.25);
            PipelineLoad.Stack address = new PipelineLoad.Stack(stack.ingestUrl(), stack.projectionUrl(), stack.bootstrapServers(),
                    stack.registryUrl(), stack.apiKey());
            List<Integer> progress = new ArrayList<>();

            JsonNode load = JSON.valueToTree(PipelineLoad.run(generator, address,
                    new PipelineLoad.Settings(DOCUMENTS, 30, 4, Duration.ofSeconds(90)), p -> progress.add(p.done())));

            JsonNode counts = load.path("counts");
            assertThat(counts.path("accepted").asInt()).isEqualTo(DOCUMENTS);
            assertThat(counts.path("ended").asInt()).as("every accepted disclosure ended").isEqualTo(DOCUMENTS);
            assertThat(counts.path("searchable").asInt()).as("and was found by a search").isEqualTo(DOCUMENTS);
            assertThat(counts.path("lost").asInt()).isZero();
            assertThat(counts.path("moreThanOneOutcome").asInt()).isZero();
            assertThat(counts.path("cleanWithOtherErrorsThanTheirBase").asInt()).as("clean variants are found like their base").isZero();
            assertThat(counts.path("injectedErrors").asInt()).isPositive();
            assertThat(counts.path("injectedErrorsFound").asInt()).isEqualTo(counts.path("injectedErrors").asInt());
            for (String stage : List.of("submittedToAccepted", "acceptedToReportCommitted", "reportCommittedToSearchable", "acceptedToSearchable")) {
                JsonNode latency = load.path("latencyMs").path(stage);
                assertThat(latency.path("count").asInt()).as(stage).isEqualTo(DOCUMENTS);
                assertThat(latency.path("p50").asDouble()).as(stage).isLessThanOrEqualTo(latency.path("p99").asDouble());
            }
            assertThat(load.path("throughput").path("searchablePerSecond").asDouble()).isPositive();
            assertThat(progress).last().isEqualTo(DOCUMENTS);
            JsonNode statsBefore = getJson(stack.projectionUrl() + "/api/stats");
            int documents = statsBefore.path("documents").asInt();

            Map<String, Object> replayed;
            try (ArchiveReplay replay = new ArchiveReplay(stack.bootstrapServers(), stack.registryUrl(), RuleCatalogue.standard(), true)) {
                replayed = replay.run((done, total) -> { });
            }

            JsonNode replay = JSON.valueToTree(replayed);
            assertThat(replay.path("counts").path("documents").asInt()).as("every document on the tables topic").isEqualTo(documents);
            assertThat(replay.path("counts").path("reportsPublished").asInt()).isEqualTo(replay.path("counts").path("records").asInt());
            assertThat(replay.path("throughput").path("documentsPerSecond").asDouble()).isPositive();
            // the same rules give the same findings: the read model's counts do not move while the new reports arrive
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(getJson(stack.projectionUrl() + "/api/stats")).isEqualTo(statsBefore));
        }
    }
}
