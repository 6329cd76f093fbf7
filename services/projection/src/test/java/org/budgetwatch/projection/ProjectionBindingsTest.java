package org.budgetwatch.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.events.report.ReportEventMapper;
import org.budgetwatch.events.tables.TablesEventMapper;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.readmodel.ReadModel;
import org.budgetwatch.readmodel.SearchQuery;
import org.budgetwatch.schemas.DocumentState;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The projection's three bindings on Spring Cloud Stream's test binder: a disclosure's tables and report, and another's
 * rejection, reach the read model through the topics of projection.yml; an event at or before its partition's
 * recorded position changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.config.name=" + ProjectionApplication.CONFIG_NAME, "spring.cloud.stream.default-binder=integration"})
@Import(TestChannelBinderConfiguration.class)
class ProjectionBindingsTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void indexDir(DynamicPropertyRegistry registry) {
        registry.add("budgetwatch.projection.index-dir", () -> data.resolve("index").toString());
    }

    @Autowired
    private InputDestination input;
    @Autowired
    private ReadModel readModel;

    @Test
    void shouldProjectTablesReportsAndRejectionsFromTheirTopicsIntoTheSearchableReadModel() throws Exception {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        byte[] content = Files.readAllBytes(Path.of("../../corpus/wuhan-dongxihu-medical-security-2024-budget.txt"));
        ExtractedDocument document = ((ExtractionResult.Extracted) new DisclosureExtractor(ExtractionLimits.defaults()).extract(content)).document();
        RawDocument raw = RawDocument.newBuilder().setDocumentId("wuhan").setFileName("wuhan.txt").setMediaType("text/plain")
                .setSizeBytes(content.length).setContent(ByteBuffer.wrap(content)).setChannel(SubmissionChannel.HTTP).setFirstSeen(now).build();
        DocumentTables tables = new TablesEventMapper().toEvent(raw, document, now);
        var report = new ReportEventMapper().toEvent(tables, new DisclosureValidator(RuleCatalogue.standard(), true).validate(document), now);
        Rejection rejection = Rejection.newBuilder().setDocumentId("scan").setFileName("scan.pdf").setStage(Stage.EXTRACTION)
                .setReason(RejectionReason.NO_TEXT_LAYER).setMessage("a scan without text").setRejectedAt(now).build();

        input.send(record("wuhan", tables, "disclosures.tables.v1", 0), "disclosures.tables.v1");
        input.send(record("wuhan", report, "disclosures.discrepancies.v1", 0), "disclosures.discrepancies.v1");
        input.send(record("scan", rejection, "disclosures.rejected.v1", 0), "disclosures.rejected.v1");

        await().atMost(Duration.ofSeconds(30)).until(() -> readModel.searchable(List.of("wuhan", "scan")).size() == 2);
        assertThat(readModel.find("wuhan")).hasValueSatisfying(view -> {
            assertThat(view.state).isEqualTo(DocumentState.VALIDATED);
            assertThat(view.findings).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("NARR-YOY"));
        });
        assertThat(readModel.find("scan")).hasValueSatisfying(view -> assertThat(view.state).isEqualTo(DocumentState.REJECTED));
        assertThat(readModel.search(SearchQuery.text("医疗保障")).total()).isPositive();
        assertThat(readModel.position("disclosures.discrepancies.v1", 0)).contains(1L);

        // the same report again, at the same offset: already projected
        input.send(record("wuhan", report, "disclosures.discrepancies.v1", 0), "disclosures.discrepancies.v1");
        readModel.commit();
        assertThat(readModel.count()).isEqualTo(2);
    }

    /** A consumed record as the Kafka binder hands it over: the event, its key and where it was read. */
    private static Message<Object> record(String key, Object event, String topic, long offset) {
        return MessageBuilder.withPayload(event)
                .setHeader(KafkaHeaders.RECEIVED_KEY, key)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topic)
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, 0)
                .setHeader(KafkaHeaders.OFFSET, offset)
                .build();
    }
}
