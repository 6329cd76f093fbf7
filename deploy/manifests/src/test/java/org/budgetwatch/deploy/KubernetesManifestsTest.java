package org.budgetwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.budgetwatch.schemas.topics.PipelineTopics;
import org.budgetwatch.schemas.topics.TopicPlan;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every document under deploy/kubernetes parsed into its typed model (fabric8's Kubernetes model, Strimzi's api for
 * its custom resources): an unknown kind or a misspelt field (which the models would otherwise keep aside as
 * "additional properties") fails the build. Then what an operator relies on: our images as the build names them,
 * probes, resources and Prometheus scrape settings on every service, Services that select pods, the pipeline's topics.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = BuiltImages.root().resolve("deploy/kubernetes");
    private static final List<String> PIPELINE_TOPICS = List.of("disclosures.submissions.v1", "disclosures.raw.v1",
            "disclosures.tables.v1", "disclosures.discrepancies.v1", "disclosures.rejected.v1");

    private final KubernetesSerialization serialization = strimziAware();
    private final List<HasMetadata> resources = parseAll();

    @Test
    void shouldParseEveryManifestIntoItsTypedModelWithoutUnknownFields() {
        assertThat(resources).isNotEmpty();
        for (HasMetadata resource : resources) {
            assertThat(resource).as("%s %s", resource.getKind(), resource.getMetadata().getName())
                    .isNotInstanceOf(GenericKubernetesResource.class);
            assertThat(unknownFields(resource, "", new IdentityHashMap<>()))
                    .as("unknown fields of %s %s", resource.getKind(), resource.getMetadata().getName()).isEmpty();
            assertThat(resource.getMetadata().getNamespace()).as(resource.getMetadata().getName())
                    .isIn("budgetwatch", null);
        }
    }

    @Test
    void shouldRunEveryImageTheBuildProducesExceptTheDevRegistry() {
        List<String> images = podTemplates().stream().flatMap(t -> t.getSpec().getContainers().stream())
                .map(Container::getImage).filter(image -> image.startsWith("budgetwatch/")).toList();
        List<String> expected = BuiltImages.byModule().entrySet().stream()
                .filter(module -> !module.getKey().endsWith("dev-registry"))
                .map(module -> module.getValue() + ":" + BuiltImages.tag()).toList();

        assertThat(images).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldProbeLimitAndScrapeEveryService() {
        for (PodTemplateSpec template : podTemplates()) {
            String name = template.getMetadata().getLabels().get("app.kubernetes.io/name");
            for (Container container : template.getSpec().getContainers()) {
                assertThat(container.getLivenessProbe()).as("%s liveness", name).isNotNull();
                assertThat(container.getReadinessProbe()).as("%s readiness", name).isNotNull();
                assertThat(container.getResources().getRequests()).as("%s requests", name).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as("%s limits", name).containsKey("memory");
                if (container.getImage().startsWith("budgetwatch/")) {
                    int port = container.getPorts().get(0).getContainerPort();
                    assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
                    assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
                    assertThat(template.getMetadata().getAnnotations())
                            .as("%s scrape settings", name)
                            .containsEntry("prometheus.io/scrape", "true")
                            .containsEntry("prometheus.io/port", String.valueOf(port))
                            .containsEntry("prometheus.io/path", "/actuator/prometheus");
                    assertThat(template.getSpec().getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
                }
            }
        }
    }

    @Test
    void shouldSelectPodsThatExistWithEveryService() {
        List<Map<String, String>> podLabels = podTemplates().stream().map(t -> t.getMetadata().getLabels()).toList();
        for (Service service : of(Service.class)) {
            assertThat(podLabels).as("pods of Service %s", service.getMetadata().getName())
                    .anyMatch(labels -> labels.entrySet().containsAll(service.getSpec().getSelector().entrySet()));
        }
    }

    @Test
    void shouldRunKafkaInKraftModeWithThePipelineTopics() {
        Kafka kafka = of(Kafka.class).get(0);
        assertThat(kafka.getMetadata().getAnnotations()).containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(of(KafkaNodePool.class)).allMatch(pool -> pool.getMetadata().getLabels().get("strimzi.io/cluster")
                .equals(kafka.getMetadata().getName()));
        assertThat(of(KafkaTopic.class)).extracting(topic -> topic.getSpec().getTopicName())
                .containsExactlyInAnyOrderElementsOf(PIPELINE_TOPICS);
        assertThat(of(KafkaTopic.class)).allMatch(topic -> topic.getSpec().getReplicas() == 3 && topic.getSpec().getPartitions() >= 6);
        assertThat(of(KafkaUser.class)).extracting(user -> user.getMetadata().getName()).containsExactly("budgetwatch");
    }

    @Test
    void shouldKeepEveryPipelineTopicAsTheServicesPlanIt() {
        // the topic operator owns these topics, so they must say what the services would otherwise set themselves;
        // 30 days are the services' default retention of submissions and dead letters (budgetwatch.topics.retention.*)
        PipelineTopics topics = new PipelineTopics(PIPELINE_TOPICS.get(0), PIPELINE_TOPICS.get(1), PIPELINE_TOPICS.get(2),
                PIPELINE_TOPICS.get(3), PIPELINE_TOPICS.get(4), Duration.ofDays(30), Duration.ofDays(30));
        Map<String, Map<String, Object>> declared = new HashMap<>();
        of(KafkaTopic.class).forEach(topic -> declared.put(topic.getSpec().getTopicName(), topic.getSpec().getConfig()));
        for (TopicPlan plan : topics.plans()) {
            if (!declared.containsKey(plan.name())) {
                continue; // a dead-letter topic: the services create it with the plan (their user may create, not alter)
            }
            Map<String, String> config = new HashMap<>();
            declared.get(plan.name()).forEach((key, value) -> config.put(key, String.valueOf(value)));
            assertThat(config).as("config of KafkaTopic %s", plan.name()).containsAllEntriesOf(plan.config());
        }
        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(PIPELINE_TOPICS);
    }

    private List<PodTemplateSpec> podTemplates() {
        List<PodTemplateSpec> templates = new ArrayList<>();
        of(Deployment.class).forEach(d -> templates.add(d.getSpec().getTemplate()));
        of(StatefulSet.class).forEach(s -> templates.add(s.getSpec().getTemplate()));
        return templates;
    }

    private <T> List<T> of(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private List<HasMetadata> parseAll() {
        List<HasMetadata> parsed = new ArrayList<>();
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    if (document != null) {
                        parsed.add(serialization.unmarshal(serialization.asJson(document)));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return parsed;
    }

    /** Strimzi's resources under v1beta2, the version every Strimzi release with KRaft node pools serves, and v1. */
    private static KubernetesSerialization strimziAware() {
        KubernetesSerialization serialization = new KubernetesSerialization();
        for (Class<? extends io.fabric8.kubernetes.api.model.KubernetesResource> type
                : List.of(Kafka.class, KafkaNodePool.class, KafkaTopic.class, KafkaUser.class)) {
            for (String version : List.of("v1beta2", "v1")) {
                serialization.registerKubernetesResource("kafka.strimzi.io/" + version, type.getSimpleName(), type);
            }
        }
        return serialization;
    }

    /** Paths of every field the model did not know, found through the models' getAdditionalProperties(). */
    private static List<String> unknownFields(Object node, String path, Map<Object, Boolean> seen) {
        List<String> unknown = new ArrayList<>();
        if (node == null || seen.put(node, true) != null) {
            return unknown;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknown.addAll(unknownFields(item, path + "[" + i++ + "]", seen));
            }
            return unknown;
        }
        if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> unknown.addAll(unknownFields(value, path + "." + key, seen)));
            return unknown;
        }
        String pkg = node.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8") && !pkg.startsWith("io.strimzi")) {
            return unknown;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            try {
                Object value = getter.invoke(node);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(key -> unknown.add(path + "." + key));
                    }
                } else if (!Set.of("getClass", "getSingular", "getPlural", "getCRDName", "getScope", "getGroup", "getVersion",
                        "getKind", "getApiVersion", "getFullResourceName").contains(getter.getName())) {
                    unknown.addAll(unknownFields(value, path + "." + getter.getName(), seen));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a derived getter that needs state the manifest does not set is no field of the manifest
            }
        }
        return unknown;
    }
}
