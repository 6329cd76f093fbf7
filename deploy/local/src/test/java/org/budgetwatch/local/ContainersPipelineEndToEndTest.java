package org.budgetwatch.local;

import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.ConfluentKafkaContainer;

/**
 * The same suite against Confluent's own Kafka and Schema Registry images, which proves the serde speaks the
 * real registry's protocol. Needs a Docker engine; skipped with the reason when there is none.
 */
class ContainersPipelineEndToEndTest extends PipelineEndToEndContract {

    private static final String CONFLUENT_VERSION = "7.9.0";

    @Override
    PipelineCluster startCluster() throws Exception {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        if (!docker) {
            System.out.println("ContainersPipelineEndToEndTest skipped: no Docker engine is reachable, so the Kafka and "
                    + "Confluent Schema Registry images cannot run here; InJvmPipelineEndToEndTest covers the same suite.");
        }
        Assumptions.assumeTrue(docker, "no Docker engine is reachable: the Kafka and Confluent Schema Registry images cannot run");
        Network network = Network.newNetwork();
        ConfluentKafkaContainer kafka = new ConfluentKafkaContainer("confluentinc/cp-kafka:" + CONFLUENT_VERSION)
                .withNetwork(network).withNetworkAliases("kafka");
        kafka.start();
        GenericContainer<?> registry = new GenericContainer<>("confluentinc/cp-schema-registry:" + CONFLUENT_VERSION)
                .withNetwork(network)
                .withExposedPorts(8081)
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:9093")
                .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));
        registry.start();
        LocalStack stack = new LocalStack(StackSettings.onFreePorts(Files.createTempDirectory("budgetwatch-e2e-tc")),
                kafka.getBootstrapServers(), "http://" + registry.getHost() + ":" + registry.getMappedPort(8081)).withIngestKey("flood-test", FLOOD_KEY, FLOOD_LIMIT);
        stack.start();
        return new PipelineCluster(stack, () -> {
            registry.stop();
            kafka.stop();
            network.close();
        });
    }
}
