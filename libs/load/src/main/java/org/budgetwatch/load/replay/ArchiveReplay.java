package org.budgetwatch.load.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.budgetwatch.load.figures.Figures;
import org.budgetwatch.load.figures.Latencies;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.events.report.ReportEventMapper;
import org.budgetwatch.events.tables.TablesEventReader;
import org.budgetwatch.schemas.TopicReaders;
import org.budgetwatch.schemas.Topics;
import org.budgetwatch.schemas.serde.AvroSerdeConfig;
import org.budgetwatch.schemas.serde.ConfluentAvroSerializer;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;

/**
 * Reads disclosures.tables.v1 from the beginning to the end it had when the replay started (read_committed), validates
 * each batch on every core with the validator's own event mapping (libs/events), and publishes the reports of a batch in one
 * transaction, keyed by document id like the validator's.
 */
public final class ArchiveReplay implements AutoCloseable {

    private final KafkaConsumer<String, Object> consumer;
    private final KafkaProducer<String, Object> producer;
    private final DisclosureValidator validator;
    private final TablesEventReader reader = new TablesEventReader();
    private final ReportEventMapper mapper = new ReportEventMapper();

    public ArchiveReplay(String bootstrapServers, String registryUrl, RuleCatalogue catalogue, boolean publish) {
        this.validator = new DisclosureValidator(catalogue, true);
        consumer = TopicReaders.assigned(bootstrapServers, registryUrl, List.of(Topics.TABLES),
                Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500, ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 << 20));
        if (publish) {
            Map<String, Object> producerConfig = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "budgetwatch-replay-" + UUID.randomUUID(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 20,
                    ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                    AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
            ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
            serializer.configure(producerConfig, false);
            producer = new KafkaProducer<>(producerConfig, new StringSerializer(), serializer);
            producer.initTransactions();
        } else {
            producer = null;
        }
    }

    /** @param progress told records done and records to do, after each batch */
    public Map<String, Object> run(BiConsumer<Long, Long> progress) {
        List<TopicPartition> partitions = List.copyOf(consumer.assignment());
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
        long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();

        Latencies perDocument = new Latencies();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> findingsByRule = new TreeMap<>();
        Set<String> documents = new HashSet<>();
        long records = 0;
        long start = System.nanoTime();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            List<DocumentTables> batch = new ArrayList<>();
            for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
                        && record.value() instanceof DocumentTables tables) {
                    batch.add(tables);
                }
            }
            Instant now = Instant.now();
            List<ValidationReport> reports = batch.parallelStream().map(tables -> {
                long t = System.nanoTime();
                ValidationReport report = mapper.toEvent(tables, validator.validate(reader.read(tables)), now);
                perDocument.add(System.nanoTime() - t);
                return report;
            }).toList();
            publish(reports);
            for (ValidationReport report : reports) {
                documents.add(report.getDocumentId());
                statuses.merge(report.getStatus().name(), 1, Integer::sum);
                report.getDiscrepancies().forEach(d -> findingsByRule.merge(d.getRuleId() + " " + d.getSeverity(), 1, Integer::sum));
            }
            records += batch.size();
            progress.accept(partitions.stream().mapToLong(p -> consumer.position(p) - begin.get(p)).sum(), total);
        }
        long elapsed = System.nanoTime() - start;

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("records", records);
        counts.put("documents", documents.size());
        counts.put("reportsPublished", producer == null ? 0 : records);
        counts.put("statuses", statuses);
        counts.put("findingsByRule", findingsByRule);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("counts", counts);
        result.put("throughput", Map.of("documentsPerSecond", Figures.perSecond(records, elapsed)));
        result.put("latencyMs", Map.of("readAndValidate", perDocument.summary()));
        result.put("elapsedSeconds", Figures.seconds(elapsed));
        return result;
    }

    private void publish(List<ValidationReport> reports) {
        if (producer == null || reports.isEmpty()) {
            return;
        }
        producer.beginTransaction();
        try {
            for (ValidationReport report : reports) {
                producer.send(new ProducerRecord<>(Topics.DISCREPANCIES, report.getDocumentId(), report));
            }
            producer.commitTransaction();
        } catch (RuntimeException e) {
            producer.abortTransaction();
            throw e;
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
    }
}
