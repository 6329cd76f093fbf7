package org.budgetwatch.schemas.deadletter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
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
 * that any Kafka client can read, inspect and replay the dead letter. Other records pass unchanged. It sits on every
 * producer that may write dead letters (the transactional producers of the extractor and validator too, which send
 * them after the rolled-back attempt), so the value is left as it is for the producer's own serializer.
 */
public final class DeadLetterInterceptor implements ProducerInterceptor<Object, Object> {

    static final String SPRING_HEADER = "springDeserializerExceptionValue";

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        Header failure = record.headers().lastHeader(SPRING_HEADER);
        if (failure == null) {
            return record;
        }
        Failure read = read(failure.value());
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().equals(SPRING_HEADER)) {
                headers.add(header);
            }
        }
        headers.add("x-exception-class", read.type().getBytes(StandardCharsets.UTF_8));
        headers.add("x-exception-message", read.message().getBytes(StandardCharsets.UTF_8));
        if (read.data() != null) {
            headers.add("x-original-value", read.data());
        }
        return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(), record.value(), headers);
    }

    private record Failure(String type, String message, byte[] data) {
    }

    /** Reads the exception header, allowing only the exception classes Spring Kafka writes there. */
    private static Failure read(byte[] serialized) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "org.springframework.**;java.lang.*;java.util.*;org.apache.kafka.**;org.apache.avro.**;org.budgetwatch.**;[B;[Ljava.lang.*;!*"));
            Object exception = in.readObject();
            if (exception instanceof Throwable t) {
                Throwable cause = t.getCause() != null ? t.getCause() : t;
                byte[] data = (byte[]) t.getClass().getMethod("getData").invoke(t);
                return new Failure(cause.getClass().getName(), String.valueOf(cause.getMessage()), data);
            }
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return new Failure(e.getClass().getName(), "the failure header could not be read: " + e.getMessage(), null);
        }
        return new Failure("unknown", "the failure header held no exception", null);
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
