package org.budgetwatch.projection;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.budgetwatch.readmodel.ReadModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Tables, reports and rejections into the read model, one consumer binding per topic. Partitions are positioned from
 * the read model's own commit, not from the group's committed offsets: what the index holds and where the
 * consumers resume can then never disagree (a partition the read model has no position for is read from its start).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionBindings {

    private static final Logger log = LoggerFactory.getLogger(ProjectionBindings.class);

    @Bean(destroyMethod = "close")
    ReadModel readModel(ProjectionSettings settings) throws IOException {
        Files.createDirectories(settings.indexDir());
        ReadModel readModel = new ReadModel(settings.indexDir(), settings.commitInterval(), settings.commitEvery(), settings.reportWait());
        if (settings.rebuild()) {
            log.info("Rebuilding the read model from the topics: emptying {}", settings.indexDir());
            readModel.clear();
        }
        return readModel;
    }

    @Bean
    KafkaBindingRebalanceListener positionsFromReadModel(ReadModel readModel) {
        return new KafkaBindingRebalanceListener() {
            @Override
            public void onPartitionsAssigned(String bindingName, org.apache.kafka.clients.consumer.Consumer<?, ?> consumer,
                                             Collection<TopicPartition> partitions, boolean initial) {
                for (TopicPartition partition : partitions) {
                    readModel.position(partition.topic(), partition.partition()).ifPresentOrElse(
                            offset -> consumer.seek(partition, offset),
                            () -> consumer.seekToBeginning(java.util.List.of(partition)));
                }
            }
        };
    }

    @Bean
    Consumer<Message<Object>> projectTables(ReadModel readModel, MeterRegistry meters) {
        Timer duration = projectionDuration(meters);
        return message -> project(readModel, message, meters, duration);
    }

    @Bean
    Consumer<Message<Object>> projectReports(ReadModel readModel, MeterRegistry meters) {
        Timer duration = projectionDuration(meters);
        return message -> project(readModel, message, meters, duration);
    }

    @Bean
    Consumer<Message<Object>> projectRejections(ReadModel readModel, MeterRegistry meters) {
        Timer duration = projectionDuration(meters);
        return message -> project(readModel, message, meters, duration);
    }

    private static Timer projectionDuration(MeterRegistry meters) {
        return Timer.builder("budgetwatch.stage.duration").description("Time to process one document, per stage").tag("stage", "projection")
                .publishPercentileHistogram().register(meters);
    }

    private static void project(ReadModel readModel, Message<Object> message, MeterRegistry meters, Timer duration) {
        var headers = message.getHeaders();
        String documentId = (String) headers.get(KafkaHeaders.RECEIVED_KEY);
        MDC.put("documentId", documentId);
        try {
            boolean applied = duration.record(() -> readModel.project(documentId, message.getPayload(),
                    (String) headers.get(KafkaHeaders.RECEIVED_TOPIC), (Integer) headers.get(KafkaHeaders.RECEIVED_PARTITION),
                    (Long) headers.get(KafkaHeaders.OFFSET)));
            meters.counter("budgetwatch.documents", "stage", "projection", "outcome", applied ? "projected" : "already-projected").increment();
        } finally {
            MDC.remove("documentId");
        }
    }
}
