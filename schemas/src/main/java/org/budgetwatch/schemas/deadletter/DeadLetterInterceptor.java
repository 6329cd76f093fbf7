package org.budgetwatch.schemas.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * On the dead-letter producers: a record that could not be deserialised arrives with no value and the failure as a
 * Java-serialised Spring {@code DeserializationException} header. This replaces that header by plain ones — the
 * original bytes ({@code x-original-value}), the error ({@code x-exception-class}, {@code x-exception-message}) — so
 * that any Kafka client can read, inspect and replay the dead letter. Other records pass unchanged. It sits on the
 * dead-letter producers of the bindings whose dead letters the binder writes (ingest, projection); the batch services
 * write theirs with these headers themselves ({@link org.budgetwatch.schemas.batch.BatchRelay}).
 */
public final class DeadLetterInterceptor implements ProducerInterceptor<Object, Object> {

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        Header failure = record.headers().lastHeader(DeserializationFailure.SPRING_HEADER);
        if (failure == null) {
            return record;
        }
        DeserializationFailure read = DeserializationFailure.read(failure.value());
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().equals(DeserializationFailure.SPRING_HEADER)) {
                headers.add(header);
            }
        }
        headers.add(DeadLetterHeaders.EXCEPTION_CLASS, read.type().getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.EXCEPTION_MESSAGE, read.message().getBytes(StandardCharsets.UTF_8));
        if (read.data() != null) {
            headers.add(DeadLetterHeaders.ORIGINAL_VALUE, read.data());
        }
        return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(), record.value(), headers);
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
