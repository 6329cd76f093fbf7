package org.budgetwatch.schemas.batch;

import java.time.Duration;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * After a batch's transaction rolls back (a send or the commit failed: the broker or the schema registry is away, the
 * producer was fenced), the container reads the batch again after a pause that grows from 0.5 s to 5 s, for as long as
 * it takes: the failures left for this path are the infrastructure's ({@link BatchRelay} turns a record's own failure
 * into its dead letter), so a batch is never given up on. Without this the container would read it again at once, in a
 * tight loop while the broker is down.
 */
public final class AfterRollbackBackOff {

    private static final Duration INITIAL = Duration.ofMillis(500);
    private static final Duration MAX = Duration.ofSeconds(5);

    private AfterRollbackBackOff() {
    }

    /** For the bean of a service whose consumer binding is transactional and in batch mode. */
    public static ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> customizer() {
        return (container, destination, group) -> {
            ExponentialBackOff backOff = new ExponentialBackOff(INITIAL.toMillis(), 2.0);
            backOff.setMaxInterval(MAX.toMillis());
            container.setAfterRollbackProcessor(new DefaultAfterRollbackProcessor<>(backOff));
        };
    }
}
