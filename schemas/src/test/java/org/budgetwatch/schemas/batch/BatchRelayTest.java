package org.budgetwatch.schemas.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.schemas.deadletter.DeadLetterHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.DefaultKafkaHeaderMapper;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.kafka.support.converter.BatchMessagingMessageConverter;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.messaging.Message;

/** Polls as the binder hands them over (Spring Kafka's batch converter over real consumer records). */
class BatchRelayTest {

    private static final String TOPIC = "disclosures.rejected.v1";
    private static final byte[] CORRUPT = {0, 0, 0, 0, 42, 7, 7};

    private final List<String> log = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();

    private record Sent(String binding, Message<?> message) {
        String header(String name) {
            return new String((byte[]) message.getHeaders().get(name), StandardCharsets.UTF_8);
        }
    }

    private final BatchRelay<Rejection> relay = new BatchRelay<>(Rejection.class, Rejection::getDocumentId, rejection -> {
        log.add("step " + rejection.getDocumentId());
        if (rejection.getDocumentId().equals("fails")) {
            throw new IllegalArgumentException("no rule for this one");
        }
        return Outgoing.event("out-0", rejection.getDocumentId(), "processed " + rejection.getDocumentId());
    }, (binding, message) -> {
        log.add("send to " + binding);
        sent.add(new Sent(binding, (Message<?>) message));
        return true;
    }, "dead-letters-out-0");

    @Test
    void shouldSendEveryOutcomeOnlyAfterTheLastStepSoThatTheTransactionCoversTheSendsAlone() {
        relay.accept(poll(record(0, "a", event("a")), record(1, "b", event("b"))));

        assertThat(log).containsExactly("step a", "step b", "send to out-0", "send to out-0");
        assertThat(sent).extracting(s -> (Object) s.message().getPayload()).containsExactly("processed a", "processed b");
        assertThat(sent).extracting(s -> s.message().getHeaders().get(KafkaHeaders.KEY)).containsExactly("a", "b");
    }

    @Test
    void shouldDeadLetterARecordThatCannotBeReadWithItsBytesAndErrorAndGoOnWithTheRest() {
        relay.accept(poll(record(0, "a", event("a")), unreadable(1, "broken"), record(2, "c", event("c"))));

        assertThat(sent).extracting(Sent::binding).containsExactly("out-0", "dead-letters-out-0", "out-0");
        Sent letter = sent.get(1);
        assertThat(letter.message().getPayload()).isSameAs(KafkaNull.INSTANCE);
        assertThat(letter.message().getHeaders().get(KafkaHeaders.KEY)).isEqualTo("broken");
        assertThat((byte[]) letter.message().getHeaders().get(DeadLetterHeaders.ORIGINAL_VALUE)).isEqualTo(CORRUPT);
        assertThat(letter.header(DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo(IllegalStateException.class.getName());
        assertThat(letter.header(DeadLetterHeaders.EXCEPTION_MESSAGE)).isEqualTo("unknown schema id 42");
        assertThat(letter.header(DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(TOPIC);
        assertThat(letter.header(DeadLetterHeaders.ORIGINAL_PARTITION)).isEqualTo("2");
        assertThat(letter.header(DeadLetterHeaders.ORIGINAL_OFFSET)).isEqualTo("101");
    }

    @Test
    void shouldDeadLetterTheEventOfARecordWhoseStepFailsWithTheError() {
        Rejection failing = event("fails");

        relay.accept(poll(record(0, "fails", failing), record(1, "b", event("b"))));

        assertThat(sent).extracting(Sent::binding).containsExactly("dead-letters-out-0", "out-0");
        assertThat(sent.get(0).message().getPayload()).isEqualTo(failing);
        assertThat(sent.get(0).message().getHeaders()).doesNotContainKey(DeadLetterHeaders.ORIGINAL_VALUE);
        assertThat(sent.get(0).header(DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(sent.get(0).header(DeadLetterHeaders.EXCEPTION_MESSAGE)).isEqualTo("no rule for this one");
        assertThat(sent.get(0).header(DeadLetterHeaders.ORIGINAL_OFFSET)).isEqualTo("100");
    }

    @Test
    void shouldDeadLetterATombstoneAndAnEventOfAnotherKind() {
        relay.accept(poll(record(0, "gone", null), record(1, "other", "not a rejection")));

        assertThat(sent).extracting(Sent::binding).containsExactly("dead-letters-out-0", "dead-letters-out-0");
        assertThat(sent.get(0).header(DeadLetterHeaders.EXCEPTION_MESSAGE)).isEqualTo("The record has no value");
        assertThat(sent.get(1).message().getPayload()).isEqualTo("not a rejection");
        assertThat(sent.get(1).header(DeadLetterHeaders.EXCEPTION_MESSAGE)).contains("Expected Rejection", "java.lang.String");
        assertThat(log).doesNotContain("step gone", "step other");
    }

    @Test
    void shouldThrowWhenAnOutcomeCannotBeSentSoThatThePollRollsBack() {
        BatchRelay<Rejection> refusing = new BatchRelay<>(Rejection.class, Rejection::getDocumentId,
                rejection -> Outgoing.event("out-0", rejection.getDocumentId(), "x"), (binding, message) -> false, "dead-letters-out-0");

        assertThatThrownBy(() -> refusing.accept(poll(record(0, "a", event("a")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out-0").hasMessageContaining("a");
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private static Message<List<Object>> poll(ConsumerRecord<Object, Object>... records) {
        BatchMessagingMessageConverter converter = new BatchMessagingMessageConverter();
        converter.setHeaderMapper(new DefaultKafkaHeaderMapper());
        return (Message<List<Object>>) converter.toMessage(List.of(records), null, null, null);
    }

    private static ConsumerRecord<Object, Object> record(int position, String key, Object value) {
        return new ConsumerRecord<>(TOPIC, position + 1, 100 + position, 0L, TimestampType.CREATE_TIME, 0, 0, key, value, new RecordHeaders(),
                Optional.empty());
    }

    /** As the binder's ErrorHandlingDeserializer leaves a record whose value its delegate could not read. */
    private static ConsumerRecord<Object, Object> unreadable(int position, String key) {
        try (ErrorHandlingDeserializer<Object> deserializer = new ErrorHandlingDeserializer<>(new Deserializer<Object>() {
            @Override
            public Object deserialize(String topic, byte[] data) {
                throw new IllegalStateException("unknown schema id " + data[4]);
            }
        })) {
            deserializer.configure(Map.of(), false);
            RecordHeaders headers = new RecordHeaders();
            Object value = deserializer.deserialize(TOPIC, headers, CORRUPT);
            return new ConsumerRecord<>(TOPIC, position + 1, 100 + position, 0L, TimestampType.CREATE_TIME, 0, CORRUPT.length, key, value, headers,
                    Optional.empty());
        }
    }

    private static Rejection event(String documentId) {
        return Rejection.newBuilder().setDocumentId(documentId).setStage(Stage.VALIDATION).setReason(RejectionReason.INTERNAL_ERROR)
                .setMessage("m").setRejectedAt(Instant.ofEpochMilli(1_700_000_000_000L)).build();
    }
}
