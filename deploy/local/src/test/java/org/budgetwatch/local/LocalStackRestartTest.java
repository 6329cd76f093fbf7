package org.budgetwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.local.JsonGet.getJson;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.budgetwatch.schemas.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping and starting the stack on the same data keeps schema ids, documents and the read model. */
class LocalStackRestartTest {

    private static final Path SAMPLE = Path.of("../../corpus/yanbian-medical-security-2024-budget.txt");

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepSchemaIdsAndCountsAndNotRepublishDocumentsAfterARestartOrARebuild() throws Exception {
        StackSettings settings = StackSettings.onFreePorts(dataDir);
        String documentId;
        int schemaId;
        JsonNode statsBefore;
        JsonNode statusBefore;
        try (LocalStack first = new LocalStack(settings)) {
            first.start();
            documentId = new IngestClient(first.ingestUrl(), first.apiKey()).submit("yanbian.txt", Files.readAllBytes(SAMPLE)).documentId();
            try (OutcomeWatcher watcher = new OutcomeWatcher(first.bootstrapServers(), first.registryUrl())) {
                await().atMost(Duration.ofSeconds(90)).until(() -> watcher.outcome(documentId).isPresent());
            }
            schemaId = latestSchemaId(first);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(getJson(first.projectionUrl()
                    + "/api/documents/" + documentId).path("state").asText()).isEqualTo("VALIDATED"));
            // the document API shows a view as soon as it is projected; searches and stats once it is committed
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(getJson(first.projectionUrl()
                    + "/api/stats").path("documentsByStatus").findValuesAsText("value")).hasSize(1).doesNotContain("RECEIVED", "EXTRACTED"));
            statsBefore = getJson(first.projectionUrl() + "/api/stats");
            statusBefore = getJson(first.ingestUrl() + "/api/disclosures/" + documentId);
            assertThat(statusBefore.path("fileName").asText()).isEqualTo("yanbian.txt");
        }

        try (LocalStack second = new LocalStack(settings)) {
            second.start();
            assertThat(latestSchemaId(second)).isEqualTo(schemaId);

            IngestClient.Submitted again = new IngestClient(second.ingestUrl(), second.apiKey()).submit("yanbian.txt", Files.readAllBytes(SAMPLE));

            assertThat(again.status()).isEqualTo(200);
            assertThat(again.documentId()).isEqualTo(documentId);
            // the status the ledger rebuilt from the topics has every field it had, file name and first sighting too
            assertThat(getJson(second.ingestUrl() + "/api/disclosures/" + documentId)).isEqualTo(statusBefore);
            assertThat(getJson(second.projectionUrl() + "/api/documents/" + documentId).path("state").asText()).isEqualTo("VALIDATED");
            try (OutcomeWatcher watcher = new OutcomeWatcher(second.bootstrapServers(), second.registryUrl())) {
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(watcher.reportCount(documentId)).isEqualTo(1));
            }
            // the read model resumed from the positions in its own commit: the same counts, nothing doubled
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(getJson(second.projectionUrl() + "/api/stats")).isEqualTo(statsBefore));
        }

        try (LocalStack rebuilt = new LocalStack(settings).rebuildingReadModel()) {
            rebuilt.start();
            // emptied at start-up and read again from the beginning of the topics
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(getJson(rebuilt.projectionUrl() + "/api/stats")).isEqualTo(statsBefore));
        }
    }

    private int latestSchemaId(LocalStack stack) throws Exception {
        return getJson(stack.registryUrl() + "/subjects/" + Topics.DISCREPANCIES + "-value/versions/latest").path("id").asInt();
    }

}
