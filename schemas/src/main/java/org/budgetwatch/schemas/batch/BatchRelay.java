package org.budgetwatch.schemas.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.budgetwatch.schemas.deadletter.DeadLetterHeaders;
import org.budgetwatch.schemas.deadletter.DeserializationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The consumer of a transactional batch binding: each record of a poll goes through one step into its outgoing
 * event, and when the whole poll is done the events are sent from the listener thread, so that they, the dead letters
 * and the poll's offsets are committed in one Kafka transaction — one per poll instead of one per record.
 * <p>
 * A record is dead-lettered, in that same transaction, when its value cannot be read (the dead letter has no value;
 * its bytes are in {@code x-original-value}), when it is not the event the binding expects, or when the step fails on
 * it (the dead letter carries the event); either way with the error and the record's origin in plain headers
 * ({@link DeadLetterHeaders}), and the rest of the poll goes on. A send that fails throws (or fails the commit): the
 * transaction rolls back and the whole poll is read again after a pause ({@link AfterRollbackBackOff}), so nothing is
 * lost and nothing is sent twice.
 * <p>
 * The events are sent only after the last step so that the transaction stays open for the sends and the commit alone,
 * however long the steps take.
 *
 * @param <T> the event the binding carries
 */
public final class BatchRelay<T> implements Consumer<Message<List<Object>>> {

    private static final Logger log = LoggerFactory.getLogger(BatchRelay.class);

    private final Class<T> type;
    private final Function<T, String> documentId;
    private final Function<T, Outgoing> step;
    private final Output output;
    private final String deadLetters;

    /**
     * @param documentId  the document an event is about, for the log (MDC {@code documentId})
     * @param output      sends a message through an output binding from the listener thread (StreamBridge::send)
     * @param deadLetters the output binding of the dead letters
     */
    public BatchRelay(Class<T> type, Function<T, String> documentId, Function<T, Outgoing> step, Output output, String deadLetters) {
        this.type = type;
        this.documentId = documentId;
        this.step = step;
        this.output = output;
        this.deadLetters = deadLetters;
    }

    @Override
    public void accept(Message<List<Object>> message) {
        PolledBatch batch = new PolledBatch(message);
        List<Outgoing> outgoing = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            outgoing.add(relay(batch, i));
        }
        for (Outgoing next : outgoing) {
            if (!output.send(next.binding(), next.message())) {
                throw new IllegalStateException("Could not send to " + next.binding() + ": " + next.message().getHeaders().get(KafkaHeaders.KEY));
            }
        }
    }

    private Outgoing relay(PolledBatch batch, int index) {
        Object event = batch.event(index);
        if (event == null) {
            DeserializationFailure failure = batch.failure(index);
            if (failure == null) {
                return unreadable(batch, index, new DeserializationFailure(NullPointerException.class.getName(), "The record has no value", null));
            }
            return unreadable(batch, index, failure);
        }
        if (!type.isInstance(event)) {
            log.warn("The record at {}-{}@{} holds a {}, not a {}; it goes to {}", batch.topic(index), batch.partition(index), batch.offset(index),
                    event.getClass().getName(), type.getSimpleName(), deadLetters);
            return deadLetter(batch, index, event, null, ClassCastException.class.getName(),
                    "Expected " + type.getSimpleName() + ", the record holds " + event.getClass().getName());
        }
        T expected = type.cast(event);
        MDC.put("documentId", documentId.apply(expected));
        try {
            return step.apply(expected);
        } catch (RuntimeException e) {
            log.error("Could not process the record at {}-{}@{}; it goes to {}", batch.topic(index), batch.partition(index), batch.offset(index),
                    deadLetters, e);
            return deadLetter(batch, index, event, null, e.getClass().getName(), String.valueOf(e.getMessage()));
        } finally {
            MDC.remove("documentId");
        }
    }

    private Outgoing unreadable(PolledBatch batch, int index, DeserializationFailure failure) {
        log.warn("The record at {}-{}@{} cannot be read ({}: {}); it goes to {}", batch.topic(index), batch.partition(index), batch.offset(index),
                failure.type(), failure.message(), deadLetters);
        return deadLetter(batch, index, null, failure.data(), failure.type(), failure.message());
    }

    private Outgoing deadLetter(PolledBatch batch, int index, Object event, byte[] originalValue, String exceptionClass, String exceptionMessage) {
        MessageBuilder<Object> letter = MessageBuilder.withPayload(event == null ? KafkaNull.INSTANCE : event)
                .setHeader(KafkaHeaders.KEY, batch.key(index))
                .setHeader(DeadLetterHeaders.ORIGINAL_TOPIC, utf8(batch.topic(index)))
                .setHeader(DeadLetterHeaders.ORIGINAL_PARTITION, utf8(batch.partition(index)))
                .setHeader(DeadLetterHeaders.ORIGINAL_OFFSET, utf8(batch.offset(index)))
                .setHeader(DeadLetterHeaders.EXCEPTION_CLASS, utf8(exceptionClass))
                .setHeader(DeadLetterHeaders.EXCEPTION_MESSAGE, utf8(exceptionMessage));
        if (originalValue != null) {
            letter.setHeader(DeadLetterHeaders.ORIGINAL_VALUE, originalValue);
        }
        return new Outgoing(deadLetters, letter.build());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Where the outgoing messages go: Spring Cloud Stream's StreamBridge in the services. */
    @FunctionalInterface
    public interface Output {
        /** @return false when the message could not be handed to the binding */
        boolean send(String binding, Object message);
    }
}
