package org.budgetwatch.schemas.topics;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Every service that reads the topic catalogue (budgetwatch-kafka.yml) provisions the pipeline topics at start-up:
 * created with their retention when missing, their retention set when not. {@code budgetwatch.topics.provision=false}
 * leaves the topics to an operator.
 */
@AutoConfiguration
@ConditionalOnProperty(name = {"budgetwatch.kafka.bootstrap-servers", "budgetwatch.topics.raw"})
@ConditionalOnProperty(name = "budgetwatch.topics.provision", havingValue = "true", matchIfMissing = true)
// not where a service's bindings run on another binder (tests on Spring Cloud Stream's test binder): no broker to ask
@ConditionalOnProperty(name = "spring.cloud.stream.default-binder", havingValue = "kafka", matchIfMissing = true)
public class TopicProvisioningAutoConfiguration {

    @Bean
    PipelineTopics pipelineTopics(@Value("${budgetwatch.topics.submissions}") String submissions, @Value("${budgetwatch.topics.raw}") String raw,
                                  @Value("${budgetwatch.topics.tables}") String tables,
                                  @Value("${budgetwatch.topics.discrepancies}") String discrepancies,
                                  @Value("${budgetwatch.topics.rejected}") String rejected,
                                  @Value("${budgetwatch.topics.retention.submissions:30d}") Duration submissionsRetention,
                                  @Value("${budgetwatch.topics.retention.dead-letters:30d}") Duration deadLetterRetention) {
        return new PipelineTopics(submissions, raw, tables, discrepancies, rejected, submissionsRetention, deadLetterRetention);
    }

    @Bean
    TopicProvisioning topicProvisioning(PipelineTopics topics, Environment environment,
                                        @Value("${budgetwatch.kafka.bootstrap-servers}") String bootstrapServers,
                                        @Value("${spring.cloud.stream.kafka.binder.min-partition-count:3}") int partitions,
                                        @Value("${spring.cloud.stream.kafka.binder.replication-factor:1}") short replicationFactor,
                                        @Value("${budgetwatch.topics.provisioning-timeout:60s}") Duration timeout) {
        // the admin client connects the way the binder does (security.protocol, sasl.*, ssl.*)
        Map<String, String> client = Binder.get(environment).bind("spring.cloud.stream.kafka.binder.configuration",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        Map<String, Object> connection = new java.util.HashMap<>(TopicProvisioner.connectionSettings(client));
        connection.put("bootstrap.servers", bootstrapServers);
        return new TopicProvisioning(new TopicProvisioner(connection, partitions, replicationFactor, timeout), topics);
    }
}
