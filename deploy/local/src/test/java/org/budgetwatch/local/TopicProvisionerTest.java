package org.budgetwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.budgetwatch.schemas.Topics;
import org.budgetwatch.schemas.topics.PipelineTopics;
import org.budgetwatch.schemas.topics.TopicProvisioner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real broker: the pipeline's topics are created with their retention, and topics that an earlier version or a
 * binder created with Kafka's defaults (delete after 7 days) get it set, without being recreated.
 */
class TopicProvisionerTest {

    private static final PipelineTopics TOPICS = new PipelineTopics(Topics.SUBMISSIONS, Topics.RAW, Topics.TABLES, Topics.DISCREPANCIES,
            Topics.REJECTED, Duration.ofDays(30), Duration.ofDays(14));

    @TempDir
    Path dataDir;

    @Test
    void shouldCreateMissingTopicsWithTheirRetentionAndSetItOnTopicsCreatedWithKafkasDefaults() throws Exception {
        StackSettings ports = StackSettings.onFreePorts(dataDir);
        try (KraftBroker broker = new KraftBroker(dataDir, ports.kafkaPort(), ports.controllerPort())) {
            broker.start();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                // as the binder or an earlier version left them: Kafka's 7 days
                admin.createTopics(List.of(new NewTopic(Topics.RAW, Optional.of(3), Optional.empty()),
                        new NewTopic(Topics.DISCREPANCIES, Optional.of(3), Optional.empty()))).all().get();

                new TopicProvisioner(Map.of("bootstrap.servers", broker.bootstrapServers()), 3, (short) 1, Duration.ofSeconds(30))
                        .provision(TOPICS.plans());

                // topics just created are described once their metadata has reached the broker
                Map<String, Config> configs = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .until(() -> TopicConfigs.of(admin, TOPICS.plans().stream().map(p -> p.name()).toList()), c -> true);
                assertThat(configs.get(Topics.RAW).get("retention.ms").value()).isEqualTo("-1");
                assertThat(configs.get(Topics.RAW).get("cleanup.policy").value()).isEqualTo("delete");
                for (String state : List.of(Topics.TABLES, Topics.DISCREPANCIES, Topics.REJECTED)) {
                    assertThat(configs.get(state).get("cleanup.policy").value()).as(state).isEqualTo("compact");
                    assertThat(configs.get(state).get("retention.ms").value()).as(state).isEqualTo("-1");
                }
                assertThat(configs.get(Topics.SUBMISSIONS).get("retention.ms").value()).isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
                for (String deadLetters : TOPICS.deadLetterTopics()) {
                    assertThat(configs.get(deadLetters).get("retention.ms").value()).as(deadLetters)
                            .isEqualTo(Long.toString(Duration.ofDays(14).toMillis()));
                }
                assertThat(admin.describeTopics(List.of(Topics.RAW)).allTopicNames().get().get(Topics.RAW).partitions()).hasSize(3);
            }
        }
    }

    /** Reads topic configurations as the broker reports them. */
    static final class TopicConfigs {

        private TopicConfigs() {
        }

        static Map<String, Config> of(Admin admin, List<String> topics) throws Exception {
            Map<ConfigResource, Config> described = admin.describeConfigs(topics.stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList()).all().get();
            Map<String, Config> byName = new java.util.HashMap<>();
            described.forEach((resource, config) -> byName.put(resource.name(), config));
            return byName;
        }
    }
}
