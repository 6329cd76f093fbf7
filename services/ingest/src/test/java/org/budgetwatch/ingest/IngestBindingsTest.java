package org.budgetwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetwatch.contracts.raw.DisclosureSubmission;
import org.budgetwatch.contracts.raw.DocumentHints;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.ingest.ledger.DisclosureLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The ingest's Kafka binding on Spring Cloud Stream's test binder: a crawler's submission on the submissions topic
 * becomes a raw document keyed by its content's SHA-256, with the format detected here once; a submission that can
 * never be accepted is rejected on the rejections topic — the bindings and topics of ingest.yml. The ledger, which
 * reads the pipeline topics from a real broker, stands in as a mock that has seen nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.config.name=" + IngestApplication.CONFIG_NAME, "spring.cloud.stream.default-binder=integration"})
@Import(TestChannelBinderConfiguration.class)
class IngestBindingsTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void contentStore(DynamicPropertyRegistry registry) {
        registry.add("budgetwatch.ingest.content-store", () -> data.resolve("content").toString());
    }

    @MockitoBean
    private DisclosureLedger ledger;
    @Autowired
    private InputDestination input;
    @Autowired
    private OutputDestination output;

    @BeforeEach
    void nothingSeenYet() {
        when(ledger.claim(any(), any(), any())).thenReturn(true);
    }

    @Test
    void shouldPublishASubmittedDisclosureAsARawDocumentWithItsFormatAndHints() throws Exception {
        byte[] content = Files.readAllBytes(Path.of("../../corpus/baoding-mancheng-medical-security-2024-unit-budget.txt"));

        input.send(submission("baoding.txt", content, new DocumentHints("满城区医疗保障局", "河北省保定市", 2024)), "disclosures.submissions.v1");

        Message<?> published = output.receive(30_000, "disclosures.raw.v1");
        assertThat(published.getPayload()).isInstanceOfSatisfying(RawDocument.class, raw -> {
            assertThat(raw.getDocumentId()).hasSize(64).isEqualTo(published.getHeaders().get(KafkaHeaders.KEY));
            assertThat(raw.getMediaType()).isEqualTo("text/plain");
            assertThat(raw.getChannel()).isEqualTo(SubmissionChannel.KAFKA);
            assertThat(raw.getHints().getRegion()).isEqualTo("河北省保定市");
            assertThat(raw.getContent().remaining()).isEqualTo(content.length);
        });
    }

    @Test
    void shouldRejectAnEmptySubmissionVisibly() {
        input.send(submission("empty.txt", new byte[0], null), "disclosures.submissions.v1");

        Message<?> rejected = output.receive(30_000, "disclosures.rejected.v1");
        assertThat(rejected.getPayload()).isInstanceOfSatisfying(Rejection.class, rejection -> {
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.EMPTY);
            assertThat(rejection.getFileName()).isEqualTo("empty.txt");
        });
    }

    private static Message<DisclosureSubmission> submission(String fileName, byte[] content, DocumentHints hints) {
        return MessageBuilder.withPayload(DisclosureSubmission.newBuilder().setFileName(fileName).setContent(ByteBuffer.wrap(content))
                .setSubmitter("crawler-test").setHints(hints).build()).build();
    }
}
