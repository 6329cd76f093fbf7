package org.budgetwatch.load.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.validation.ReportStatus;
import org.budgetwatch.contracts.validation.Severity;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.schemas.TopicReaders;
import org.budgetwatch.schemas.Topics;

/**
 * Follows the outcome topics from their current end, as a downstream consumer would (read_committed, so a report
 * counts from the moment its transaction commits), and notes when each document's report or rejection appeared.
 */
final class OutcomeFollower implements AutoCloseable {

    /**
     * How a document ended, when this follower saw it ({@link System#nanoTime()}), and how many outcomes it had.
     *
     * @param errors ERROR findings in the report
     */
    record Outcome(ReportStatus status, int errors, String rejectionReason, long seenNanos, int records) {
    }

    private static final Duration RETRY = Duration.ofMillis(500);

    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, Object> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    OutcomeFollower(String bootstrapServers, String registryUrl) {
        consumer = TopicReaders.assigned(bootstrapServers, registryUrl, List.of(Topics.DISCREPANCIES, Topics.REJECTED),
                Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000));
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position); // fix the start now, before the first document is submitted
        poller = new Thread(this::poll, "load-outcomes");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (running) {
                ConsumerRecords<String, Object> records;
                try {
                    records = consumer.poll(Duration.ofMillis(100));
                } catch (WakeupException stopping) {
                    throw stopping;
                } catch (KafkaException unavailable) {
                    // the registry or the broker is away (a restart): the position stays, the records are read again
                    Thread.sleep(RETRY.toMillis());
                    continue;
                }
                for (ConsumerRecord<String, Object> record : records) {
                    long now = System.nanoTime();
                    if (record.value() instanceof ValidationReport report) {
                        int errors = (int) report.getDiscrepancies().stream().filter(d -> d.getSeverity() == Severity.ERROR).count();
                        outcomes.merge(record.key(), new Outcome(report.getStatus(), errors, null, now, 1), OutcomeFollower::again);
                    } else if (record.value() instanceof Rejection rejection) {
                        outcomes.merge(record.key(), new Outcome(null, 0, rejection.getReason().name(), now, 1), OutcomeFollower::again);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // closing
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The first outcome stands; a further one for the same document is counted (exactly one is the guarantee). */
    private static Outcome again(Outcome first, Outcome next) {
        return new Outcome(first.status(), first.errors(), first.rejectionReason(), first.seenNanos(), first.records() + 1);
    }

    Outcome outcome(String documentId) {
        return outcomes.get(documentId);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(10_000);
    }
}
