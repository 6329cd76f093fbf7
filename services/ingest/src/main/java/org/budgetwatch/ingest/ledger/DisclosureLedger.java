package org.budgetwatch.ingest.ledger;

import org.budgetwatch.schemas.DocumentState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.Severity;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.schemas.serde.AvroSerdeConfig;
import org.budgetwatch.schemas.serde.ConfluentAvroDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Knows every document that entered and where it is now, by reading the pipeline's topics from the start
 * (raw, tables, discrepancies, rejected). It is the de-duplication memory of ingest: start-up waits until
 * it has caught up, so a document already accepted before a restart is recognised and not published again.
 */
public class DisclosureLedger implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DisclosureLedger.class);

    private final Map<String, DisclosureStatus> statuses = new ConcurrentHashMap<>();
    /** Documents accepted that have neither a report nor a rejection yet. */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final LedgerTopics topics;
    private final Map<String, Object> consumerConfig;
    private final Duration startupTimeout;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile KafkaConsumer<String, Object> consumer;
    private volatile boolean running;
    private Thread poller;

    public DisclosureLedger(LedgerTopics topics, String bootstrapServers, String registryUrl, Duration startupTimeout) {
        this(topics, bootstrapServers, registryUrl, startupTimeout, Map.of());
    }

    /** Only the connection settings of a client configuration (security, SASL, TLS), not its serdes or tuning. */
    public static Map<String, String> connectionSettings(Map<String, String> clientConfiguration) {
        Map<String, String> connection = new HashMap<>();
        clientConfiguration.forEach((key, value) -> {
            if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.") || key.startsWith("basic.auth.")) {
                connection.put(key, value);
            }
        });
        return connection;
    }

    /** @param connection extra client settings for connecting (security.protocol, sasl.*, ssl.*) */
    public DisclosureLedger(LedgerTopics topics, String bootstrapServers, String registryUrl, Duration startupTimeout,
                            Map<String, String> connection) {
        this.topics = topics;
        this.startupTimeout = startupTimeout;
        this.consumerConfig = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl,
                AvroSerdeConfig.SPECIFIC_AVRO_READER, true));
        this.consumerConfig.putAll(connection);
    }

    public Optional<DisclosureStatus> status(String documentId) {
        return Optional.ofNullable(statuses.get(documentId));
    }

    /** Records a document as received unless it is known already; true when it was new. */
    public boolean claim(String documentId, String fileName, Instant firstSeen) {
        boolean claimed = statuses.putIfAbsent(documentId, DisclosureStatus.received(documentId, fileName, firstSeen)) == null;
        if (claimed) {
            inFlight.incrementAndGet();
        }
        return claimed;
    }

    /** How many accepted documents the pipeline has not finished yet (neither validated nor rejected). */
    public int inFlight() {
        return inFlight.get();
    }

    /** Forgets a claim whose publication failed, so that the same document can be sent again. */
    public void release(String documentId) {
        statuses.computeIfPresent(documentId, (id, s) -> {
            if (s.state() == DocumentState.RECEIVED) {
                inFlight.decrementAndGet();
                return null;
            }
            return s;
        });
    }

    public int size() {
        return statuses.size();
    }

    @Override
    public void start() {
        StringDeserializer keys = new StringDeserializer();
        ConfluentAvroDeserializer values = new ConfluentAvroDeserializer();
        values.configure(consumerConfig, false);
        consumer = new KafkaConsumer<>(consumerConfig, keys, values);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics.all()) {
            for (PartitionInfo p : consumer.partitionsFor(topic, startupTimeout)) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, startupTimeout);
        running = true;
        poller = new Thread(() -> poll(end), "disclosure-ledger");
        poller.setDaemon(true);
        poller.start();
        try {
            if (!caughtUp.await(startupTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The ledger could not read the pipeline topics within " + startupTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        log.info("Ledger caught up: {} documents known", statuses.size());
    }

    private void poll(Map<TopicPartition, Long> endAtStart) {
        try {
            while (running) {
                try {
                    for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(250))) {
                        apply(record.value());
                    }
                } catch (org.apache.kafka.common.errors.RecordDeserializationException e) {
                    // a record nobody can read (it went to a dead-letter topic): it says nothing about any document
                    log.warn("Ledger skipped an unreadable record at {} offset {}: {}", e.topicPartition(), e.offset(), e.getMessage());
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                    continue;
                }
                if (caughtUp.getCount() > 0 && endAtStart.entrySet().stream()
                        .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    caughtUp.countDown();
                }
            }
        } catch (WakeupException stopping) {
            // stop() woke the consumer
        } catch (RuntimeException e) {
            log.error("Ledger stopped reading the pipeline topics", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    void apply(Object event) {
        // the topics are read side by side, so a document's tables, report or rejection may come before its raw event:
        // whichever comes first makes its status, and the others fill in what they know (the raw event its file name
        // and first sighting), so that a status rebuilt at start-up is the one that was built as the events came
        if (event instanceof RawDocument raw) {
            update(raw.getDocumentId(), s -> s.seen(raw.getFileName(), raw.getFirstSeen()));
        } else if (event instanceof DocumentTables tables) {
            update(tables.getDocumentId(), s -> s.seen(tables.getFileName(), null).extracted(tables.getMetadata().getDepartment(),
                    tables.getMetadata().getFiscalYear(), tables.getTables().size()));
        } else if (event instanceof ValidationReport report) {
            update(report.getDocumentId(), s -> s.validated(report.getStatus().name(),
                    count(report, Severity.ERROR), count(report, Severity.WARNING), count(report, Severity.INFO)));
        } else if (event instanceof Rejection rejection) {
            // a submission refused by ingest itself has no raw event: it was first seen when it was refused
            Instant refused = rejection.getStage() == Stage.INGEST ? rejection.getRejectedAt() : null;
            update(rejection.getDocumentId(), s -> s.seen(rejection.getFileName(), refused).rejected(rejection.getReason().name(),
                    rejection.getMessage()));
        }
    }

    private void update(String documentId, UnaryOperator<DisclosureStatus> change) {
        statuses.compute(documentId, (id, s) -> {
            boolean wasOpen = s == null || !finished(s);
            if (s == null) {
                inFlight.incrementAndGet();
            }
            DisclosureStatus next = change.apply(s == null ? DisclosureStatus.received(id, null, null) : s);
            if (wasOpen && finished(next)) {
                inFlight.decrementAndGet();
            }
            return next;
        });
    }

    private static boolean finished(DisclosureStatus status) {
        return status.state() == DocumentState.VALIDATED || status.state() == DocumentState.REJECTED;
    }

    private static long count(ValidationReport report, Severity severity) {
        return report.getDiscrepancies().stream().filter(d -> d.getSeverity() == severity).count();
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (poller != null) {
            try {
                poller.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start before the web server and the bindings, so that nothing is accepted before the ledger is current. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }
}
