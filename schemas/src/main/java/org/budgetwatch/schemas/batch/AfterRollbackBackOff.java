package org.budgetwatch.schemas.batch;

import java.time.Duration;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * After a batch's transaction rolls back (a send or the commit failed: the broker is away, the producer was fenced),
 * the container reads the batch again after a pause that grows from {@code initial} to {@code max}, for as long as it
 * takes — the failures left for this path are the broker's, and a batch is never given up on. (Without this the
 * container would read it again at once, in a tight loop while the broker is down.)
 */
public final class AfterRollbackBackOff {

    private AfterRollbackBackOff() {
    }

    public static ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> customizer(Duration initial, Duration max) {
        return (container, destination, group) -> {
            ExponentialBackOff backOff = new ExponentialBackOff(initial.toMillis(), 2.0);
            backOff.setMaxInterval(max.toMillis());
            container.setAfterRollbackProcessor(new DefaultAfterRollbackProcessor<>(backOff));
        };
    }
}
