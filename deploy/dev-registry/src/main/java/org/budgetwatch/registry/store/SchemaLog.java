package org.budgetwatch.registry.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.budgetwatch.registry.RegistrySettings;

/** The compacted Kafka topic that makes the registry's state durable: replayed at start, appended on change. */
public final class SchemaLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistrySettings settings;
    private final KafkaProducer<String, String> producer;

    public SchemaLog(RegistrySettings settings) {
        this.settings = settings;
        Properties props = clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) settings.startupTimeout().toMillis());
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /**
     * Creates the topic when missing and feeds every entry already in it, oldest first: the entry's key (itself
     * an entry with only the key fields) and the entry, or null for a tombstone.
     */
    public void replay(BiConsumer<SchemaLogEntry, SchemaLogEntry> apply) {
        createTopicIfMissing();
        Properties props = clientProperties();
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(settings.topic(), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), settings.startupTimeout()).get(partition);
            Instant deadline = Instant.now().plus(settings.startupTimeout());
            while (consumer.position(partition, settings.startupTimeout()) < end) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Timed out reading schema log " + settings.topic());
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    apply.accept(parse(record.key()), record.value() == null ? null : parse(record.value()));
                }
            }
        }
    }

    /** Appends an entry and waits until the broker has it. */
    public void append(SchemaLogEntry entry) {
        try {
            send(entry.key(), JSON.writeValueAsString(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a tombstone for the entry's key, so that compaction removes it for good. */
    public void erase(SchemaLogEntry entry) {
        send(entry.key(), null);
    }

    private void send(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(settings.topic(), 0, key, value))
                    .get(settings.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the schema log", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write the schema log: " + e.getMessage(), e);
        }
    }

    private void createTopicIfMissing() {
        try (Admin admin = Admin.create(clientProperties())) {
            NewTopic topic = new NewTopic(settings.topic(), 1, settings.replicationFactor())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(topic)).all().get(settings.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create schema log topic " + settings.topic() + ": " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Broker at " + settings.bootstrapServers() + " did not answer in " + settings.startupTimeout(), e);
        }
    }

    /** The broker's address and the configured client properties (security settings of a secured broker). */
    private Properties clientProperties() {
        Properties props = new Properties();
        props.putAll(settings.client());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        return props;
    }

    private static SchemaLogEntry parse(String value) {
        try {
            return JSON.readValue(value, SchemaLogEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt schema log entry: " + value, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
