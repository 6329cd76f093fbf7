package org.budgetwatch.schemas;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.budgetwatch.schemas.serde.AvroSerdeConfig;
import org.budgetwatch.schemas.serde.ConfluentAvroDeserializer;

/**
 * A plain consumer that reads topics as a downstream subscriber or a tool does: read_committed, values as the
 * generated Avro classes, every partition of the topics assigned (no group, no committed offsets); the caller seeks.
 */
public final class TopicReaders {

    private TopicReaders() {
    }

    /** @param settings further consumer settings (max.poll.records, fetch sizes) */
    public static KafkaConsumer<String, Object> assigned(String bootstrapServers, String registryUrl, List<String> topics,
                                                         Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
        config.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        ConfluentAvroDeserializer values = new ConfluentAvroDeserializer();
        values.configure(config, false);
        KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
        }
        consumer.assign(partitions);
        return consumer;
    }
}
