package org.budgetwatch.schemas.batch;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * A message a batch's record gives rise to and the output binding it is sent through.
 *
 * @param binding the output binding's name, e.g. {@code tables-out-0}
 */
public record Outgoing(String binding, Message<?> message) {

    /** An event keyed by its document id, as every pipeline topic is. */
    public static Outgoing event(String binding, String documentId, Object event) {
        return new Outgoing(binding, MessageBuilder.withPayload(event).setHeader(KafkaHeaders.KEY, documentId).build());
    }
}
