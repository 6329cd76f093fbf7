package org.budgetwatch.local;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.schemas.TopicReaders;
import org.budgetwatch.schemas.Topics;

/**
 * Follows the outcome topics as a downstream consumer would (plain KafkaConsumer, the project's deserializer,
 * read_committed) and tells how each document ended: its tables and report, or its rejection.
 */
public final class OutcomeWatcher implements AutoCloseable {

    /** How one document ended; report or rejection is set once it has ended. */
    public record Outcome(DocumentTables tables, ValidationReport report, Rejection rejection) {
        public boolean ended() {
            return report != null || rejection != null;
        }
    }

    private final Map<String, DocumentTables> tables = new ConcurrentHashMap<>();
    private final Map<String, ValidationReport> reports = new ConcurrentHashMap<>();
    private final Map<String, Rejection> rejections = new ConcurrentHashMap<>();
    private final Map<String, Integer> reportCounts = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, Object> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    public OutcomeWatcher(String bootstrapServers, String registryUrl) {
        consumer = TopicReaders.assigned(bootstrapServers, registryUrl, List.of(Topics.TABLES, Topics.DISCREPANCIES, Topics.REJECTED), Map.of());
        consumer.seekToBeginning(consumer.assignment());
        poller = new Thread(this::poll, "outcome-watcher");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() instanceof DocumentTables t) {
                        tables.put(record.key(), t);
                    } else if (record.value() instanceof ValidationReport r) {
                        reports.put(record.key(), r);
                        reportCounts.merge(record.key(), 1, Integer::sum);
                    } else if (record.value() instanceof Rejection r) {
                        rejections.put(record.key(), r);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    public Optional<Outcome> outcome(String documentId) {
        Outcome outcome = new Outcome(tables.get(documentId), reports.get(documentId), rejections.get(documentId));
        return outcome.ended() ? Optional.of(outcome) : Optional.empty();
    }

    /** How many reports were published for the document (exactly one is the guarantee). */
    public int reportCount(String documentId) {
        return reportCounts.getOrDefault(documentId, 0);
    }

    public Outcome await(String documentId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Outcome> outcome = outcome(documentId);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No outcome for document " + documentId + " within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(10_000);
    }
}
