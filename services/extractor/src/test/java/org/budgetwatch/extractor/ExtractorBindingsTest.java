package org.budgetwatch.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.schemas.deadletter.DeadLetterHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The extractor's binding on Spring Cloud Stream's test binder: a polled batch of raw documents in, each document's
 * tables or rejection out on its topic, anything else dead-lettered with the reason, all from the bindings and
 * topics of extractor.yml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.config.name=" + ExtractorApplication.CONFIG_NAME, "spring.cloud.stream.default-binder=integration",
                // the extractor's notes of the documents it is reading go under target, not into the source tree
                "BUDGETWATCH_DATA_DIR=target/extractor-bindings-test"})
@Import(TestChannelBinderConfiguration.class)
class ExtractorBindingsTest {

    private static final String RAW = "disclosures.raw.v1";

    @Autowired
    private InputDestination input;
    @Autowired
    private OutputDestination output;

    @Test
    void shouldPublishTheTablesOfADocumentAndTheRejectionOfAnUnreadableOneFromOnePoll() throws Exception {
        byte[] budget = Files.readAllBytes(Path.of("../../corpus/beijing-dongcheng-medical-security-2024-budget.txt"));

        input.send(poll(raw("budget", budget, "text/plain"), raw("scan", "%PDF-1.4 nothing to read".getBytes(StandardCharsets.US_ASCII),
                "application/pdf")), RAW);

        Message<?> tables = output.receive(30_000, "disclosures.tables.v1");
        assertThat(tables.getHeaders().get(KafkaHeaders.KEY)).isEqualTo("budget");
        assertThat(tables.getPayload()).isInstanceOfSatisfying(DocumentTables.class, event -> {
            assertThat(event.getMediaType()).isEqualTo("text/plain");
            assertThat(event.getTables()).as("every table the library reads from the budget")
                    .hasSize(((ExtractionResult.Extracted) new DisclosureExtractor(ExtractionLimits.defaults()).extract(budget, "text/plain"))
                            .document().tables().size())
                    .isNotEmpty();
        });
        Message<?> rejected = output.receive(30_000, "disclosures.rejected.v1");
        assertThat(rejected.getHeaders().get(KafkaHeaders.KEY)).isEqualTo("scan");
        assertThat(rejected.getPayload()).isInstanceOfSatisfying(Rejection.class,
                rejection -> assertThat(rejection.getReason()).isNotEqualTo(RejectionReason.INTERNAL_ERROR));
    }

    @Test
    void shouldDeadLetterARecordThatIsNotARawDocumentAndGoOnWithThePoll() throws Exception {
        byte[] budget = Files.readAllBytes(Path.of("../../corpus/yanbian-medical-security-2024-budget.txt"));
        Rejection notRaw = Rejection.newBuilder().setDocumentId("other").setFileName("x").setStage(org.budgetwatch.contracts.common.Stage.EXTRACTION)
                .setReason(RejectionReason.EMPTY).setMessage("not a raw document").setRejectedAt(Instant.EPOCH).build();

        input.send(poll(notRaw, raw("yanbian", budget, "text/plain")), RAW);

        Message<?> letter = output.receive(30_000, RAW + ".extractor.dlq");
        assertThat(letter.getHeaders().get(KafkaHeaders.KEY)).isEqualTo("other");
        assertThat(new String((byte[]) letter.getHeaders().get(DeadLetterHeaders.EXCEPTION_CLASS), StandardCharsets.UTF_8))
                .isEqualTo(ClassCastException.class.getName());
        assertThat(output.receive(30_000, "disclosures.tables.v1").getHeaders().get(KafkaHeaders.KEY)).isEqualTo("yanbian");
    }

    /** One poll of the raw topic as the Kafka binder hands a batch binding over: the events, and per record its key and origin. */
    private static Message<List<Object>> poll(Object... events) {
        List<Object> keys = new java.util.ArrayList<>();
        List<Object> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            keys.add(events[i] instanceof RawDocument raw ? raw.getDocumentId() : ((Rejection) events[i]).getDocumentId());
            offsets.add((long) i);
        }
        return MessageBuilder.<List<Object>>withPayload(List.of(events))
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, java.util.Collections.nCopies(events.length, RAW))
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, java.util.Collections.nCopies(events.length, 0))
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .build();
    }

    private static RawDocument raw(String id, byte[] content, String mediaType) {
        return RawDocument.newBuilder().setDocumentId(id).setFileName(id + ".txt").setMediaType(mediaType).setSizeBytes(content.length)
                .setContent(ByteBuffer.wrap(content)).setChannel(SubmissionChannel.HTTP).setFirstSeen(Instant.EPOCH).build();
    }
}
