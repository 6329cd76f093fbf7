package org.budgetwatch.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ReportStatus;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.events.tables.TablesEventMapper;
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
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The validator's binding on Spring Cloud Stream's test binder: a polled batch of table events in, one report each
 * out on the discrepancies topic keyed by document id, a record that cannot be read dead-lettered with the reason
 * while the rest of the poll goes on, a document the validator fails on rejected with the reason — the bindings and
 * topics of validator.yml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.config.name=" + ValidatorApplication.CONFIG_NAME, "spring.cloud.stream.default-binder=integration"})
@Import(TestChannelBinderConfiguration.class)
class ValidatorBindingsTest {

    private static final String TABLES = "disclosures.tables.v1";

    @Autowired
    private InputDestination input;
    @Autowired
    private OutputDestination output;

    @Test
    void shouldPublishOneReportPerTableEventAndDeadLetterARecordThatCouldNotBeRead() throws Exception {
        DocumentTables yanbian = tables("yanbian", "yanbian-medical-security-2024-budget.txt");
        DocumentTables beijing = tables("beijing", "beijing-dongcheng-medical-security-2024-budget.txt");

        input.send(poll(yanbian, null, beijing), TABLES);

        Message<?> first = output.receive(30_000, "disclosures.discrepancies.v1");
        Message<?> second = output.receive(30_000, "disclosures.discrepancies.v1");
        assertThat(List.of(first.getHeaders().get(KafkaHeaders.KEY), second.getHeaders().get(KafkaHeaders.KEY)))
                .containsExactly("yanbian", "beijing");
        assertThat(first.getPayload()).isInstanceOfSatisfying(ValidationReport.class, report -> {
            assertThat(report.getDocumentId()).isEqualTo("yanbian");
            assertThat(report.getStatus()).isEqualTo(ReportStatus.DISCREPANCIES);
            assertThat(report.getDiscrepancies()).anySatisfy(d -> assertThat(d.getRuleId()).isEqualTo("UNIT-SCALE"));
            assertThat(report.getMetadata()).isEqualTo(yanbian.getMetadata());
        });
        Message<?> letter = output.receive(30_000, TABLES + ".validator.dlq");
        assertThat(letter.getHeaders().get(KafkaHeaders.KEY)).isEqualTo("unreadable");
        assertThat(new String((byte[]) letter.getHeaders().get(DeadLetterHeaders.ORIGINAL_OFFSET), StandardCharsets.UTF_8)).isEqualTo("1");
    }

    @Test
    void shouldRejectADocumentItCannotValidateAndGoOnWithThePoll() throws Exception {
        DocumentTables forged = tables("forged", "yanbian-medical-security-2024-budget.txt");
        // a figure that is no decimal: written by a bug, or by whoever can write to the tables topic
        forged.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getCells().stream())
                .filter(c -> c.getAmount() != null).findFirst().orElseThrow().getAmount().setValue("forty");
        DocumentTables beijing = tables("beijing-after", "beijing-dongcheng-medical-security-2024-budget.txt");

        input.send(poll(forged, beijing), TABLES);

        Message<?> rejected = output.receive(30_000, "disclosures.rejected.v1");
        assertThat(rejected.getHeaders().get(KafkaHeaders.KEY)).isEqualTo("forged");
        assertThat(rejected.getPayload()).isInstanceOfSatisfying(Rejection.class, rejection -> {
            assertThat(rejection.getStage()).isEqualTo(Stage.VALIDATION);
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.INTERNAL_ERROR);
            assertThat(rejection.getMessage()).contains("NumberFormatException");
            assertThat(rejection.getFileName()).isEqualTo("yanbian-medical-security-2024-budget.txt");
        });
        assertThat(output.receive(30_000, "disclosures.discrepancies.v1").getHeaders().get(KafkaHeaders.KEY)).isEqualTo("beijing-after");
        assertThat(output.receive(1_000, TABLES + ".validator.dlq")).as("nothing of the poll dead-lettered").isNull();
    }

    /** One poll of the tables topic as the Kafka binder hands a batch binding over; a null event is a record that could not be read. */
    private static Message<List<Object>> poll(DocumentTables... events) {
        List<Object> payload = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        List<Object> offsets = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            payload.add(events[i] == null ? KafkaNull.INSTANCE : events[i]);
            keys.add(events[i] == null ? "unreadable" : events[i].getDocumentId());
            offsets.add((long) i);
        }
        return MessageBuilder.<List<Object>>withPayload(payload)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, Collections.nCopies(events.length, TABLES))
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, Collections.nCopies(events.length, 0))
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .build();
    }

    private static DocumentTables tables(String id, String file) throws Exception {
        byte[] content = Files.readAllBytes(Path.of("../../corpus", file));
        var document = ((ExtractionResult.Extracted) new DisclosureExtractor(ExtractionLimits.defaults()).extract(content)).document();
        RawDocument raw = RawDocument.newBuilder().setDocumentId(id).setFileName(file).setMediaType("text/plain").setSizeBytes(content.length)
                .setContent(ByteBuffer.wrap(content)).setChannel(SubmissionChannel.HTTP).setFirstSeen(Instant.EPOCH).build();
        return new TablesEventMapper().toEvent(raw, document, Instant.EPOCH);
    }
}
