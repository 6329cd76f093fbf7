package org.budgetwatch.schemas.batch;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.budgetwatch.schemas.deadletter.DeserializationFailure;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * The records of one poll, as a Spring Cloud Stream batch binding (batch-mode) hands them over: one message whose
 * payload lists the events and whose headers list, in the same order, each record's key, topic, partition, offset and
 * headers. Read here record by record.
 */
final class PolledBatch {

    private final List<?> events;
    private final MessageHeaders headers;

    PolledBatch(Message<? extends List<?>> message) {
        this.events = message.getPayload();
        this.headers = message.getHeaders();
    }

    int size() {
        return events.size();
    }

    /** @return the record's event, or null when it has none (its value could not be read, or it is a tombstone) */
    Object event(int index) {
        Object event = events.get(index);
        return event instanceof KafkaNull ? null : event;
    }

    String key(int index) {
        Object key = at(KafkaHeaders.RECEIVED_KEY, index);
        return key == null ? null : key.toString();
    }

    String topic(int index) {
        return String.valueOf(at(KafkaHeaders.RECEIVED_TOPIC, index));
    }

    String partition(int index) {
        return String.valueOf(at(KafkaHeaders.RECEIVED_PARTITION, index));
    }

    String offset(int index) {
        return String.valueOf(at(KafkaHeaders.OFFSET, index));
    }

    /** @return why the record's value could not be read, or null when it was read (or had none to read) */
    DeserializationFailure failure(int index) {
        Object recordHeaders = at(KafkaHeaders.BATCH_CONVERTED_HEADERS, index);
        Object failure = recordHeaders instanceof Map<?, ?> map ? map.get(DeserializationFailure.SPRING_HEADER) : null;
        // the header mapper hands this header over as the Kafka header itself (a plain byte[] when mapped otherwise)
        if (failure instanceof Header header) {
            return DeserializationFailure.read(header.value());
        }
        return failure instanceof byte[] bytes ? DeserializationFailure.read(bytes) : null;
    }

    private Object at(String header, int index) {
        return headers.get(header) instanceof List<?> values && index < values.size() ? values.get(index) : null;
    }
}
