package org.budgetwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.local.JsonGet.getJson;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A thousand malformed files through the ingest API of the whole local stack, in a JVM of 512 MB (see the
 * bad-input-suite execution in the pom): every file ends refused at the door (empty) or rejected with a reason on
 * the status API, no document is left unfinished, every service stays ready, and the heap stays within bounds.
 */
class BadInputSuiteTest {

    private static final int FILES = 1_000;

    @Test
    void everyMalformedFileShouldEndRejectedWithAReasonWhileTheStackStaysHealthy() throws Exception {
        Path dataDir = Files.createTempDirectory("budgetwatch-bad-input");
        try (LocalStack stack = new LocalStack(StackSettings.onFreePorts(dataDir))) {
            stack.start();
            IngestClient ingest = new IngestClient(stack.ingestUrl(), stack.apiKey());
            Map<String, String> accepted = new LinkedHashMap<>();
            Map<String, Integer> refusedAtTheDoor = new TreeMap<>();
            for (MalformedFiles.Malformed file : new MalformedFiles(20261123L).generate(FILES)) {
                IngestClient.Submitted submitted = ingest.submit(file.fileName(), file.content());
                if (submitted.status() == 202) {
                    accepted.put(submitted.documentId(), file.kind());
                } else {
                    assertThat(submitted.status()).as("%s: %s", file.fileName(), submitted.body()).isIn(400, 413);
                    assertThat(submitted.body().path("message").asText()).isNotBlank();
                    refusedAtTheDoor.merge(file.kind(), 1, Integer::sum);
                }
            }
            assertThat(accepted.size() + refusedAtTheDoor.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(FILES);

            Map<String, Integer> reasons = new TreeMap<>();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                reasons.clear();
                for (String documentId : accepted.keySet()) {
                    JsonNode status = getJson(stack.ingestUrl() + "/api/disclosures/" + documentId);
                    assertThat(status.path("state").asText()).as("%s (%s)", documentId, accepted.get(documentId)).isEqualTo("REJECTED");
                    assertThat(status.path("rejectionReason").asText()).isNotBlank();
                    reasons.merge(accepted.get(documentId) + " → " + status.path("rejectionReason").asText(), 1, Integer::sum);
                }
            });
            System.out.println("Bad-input suite: " + accepted.size() + " rejected by the pipeline " + reasons + "; refused at the door "
                    + refusedAtTheDoor);

            for (String service : stack.serviceUrls()) {
                assertThat(getJson(service + "/actuator/health/readiness").path("status").asText()).as(service).isEqualTo("UP");
            }
            long max = Runtime.getRuntime().maxMemory();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("Heap after the suite: %d MB used of %d MB%n", used >> 20, max >> 20);
            assertThat(max).as("the suite runs with -Xmx512m").isLessThanOrEqualTo(512L * 1024 * 1024);
        }
    }

}
