package org.budgetwatch.schemas.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the cluster's topics what the pipeline needs: a topic that is missing is created with its configuration, one that
 * exists (made by a binder or an older version with Kafka's defaults) has its configuration set. Only the keys of the
 * plan are touched. Where the service may not create or alter topics (a cluster whose topics an operator manages), it
 * says so in the log and leaves them as they are.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Map<String, Object> adminConfig;
    private final int partitions;
    private final short replicationFactor;
    private final Duration timeout;

    /** @param connection bootstrap.servers and the client's security settings (security.*, sasl.*, ssl.*) */
    public TopicProvisioner(Map<String, ?> connection, int partitions, short replicationFactor, Duration timeout) {
        this.adminConfig = new HashMap<>(connection);
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.timeout = timeout;
    }

    /** Only the connection settings of a client configuration (security, SASL, TLS), not its serdes or tuning. */
    public static Map<String, String> connectionSettings(Map<String, String> clientConfiguration) {
        Map<String, String> connection = new HashMap<>();
        clientConfiguration.forEach((key, value) -> {
            if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                connection.put(key, value);
            }
        });
        return connection;
    }

    public void provision(Collection<TopicPlan> plans) {
        try (Admin admin = Admin.create(adminConfig)) {
            for (TopicPlan plan : plans) {
                try {
                    provision(admin, plan);
                } catch (AuthorizationException e) {
                    log.warn("Not allowed to create or configure topic {} ({}): make sure it keeps {} ({})", plan.name(), e.getMessage(),
                            plan.config(), plan.purpose());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning the pipeline topics", e);
        }
    }

    private void provision(Admin admin, TopicPlan plan) throws InterruptedException {
        try {
            admin.createTopics(List.of(new NewTopic(plan.name(), Optional.of(partitions), Optional.of(replicationFactor)).configs(plan.config())))
                    .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Created topic {}: {} ({})", plan.name(), plan.config(), plan.purpose());
            return;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw failure("create", plan, e.getCause());
            }
        } catch (TimeoutException e) {
            throw failure("create", plan, e);
        }
        align(admin, plan);
    }

    private void align(Admin admin, TopicPlan plan) throws InterruptedException {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, plan.name());
        try {
            Config current = admin.describeConfigs(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            List<AlterConfigOp> changes = new ArrayList<>();
            plan.config().forEach((key, value) -> {
                ConfigEntry entry = current.get(key);
                if (entry == null || !value.equals(entry.value())) {
                    changes.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET));
                }
            });
            if (changes.isEmpty()) {
                return;
            }
            admin.incrementalAlterConfigs(Map.of(topic, changes)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Set {} of existing topic {} ({})", changes.stream().map(c -> c.configEntry().name() + "=" + c.configEntry().value()).toList(),
                    plan.name(), plan.purpose());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthorizationException denied) {
                throw denied;
            }
            throw failure("configure", plan, e.getCause());
        } catch (TimeoutException e) {
            throw failure("configure", plan, e);
        }
    }

    private IllegalStateException failure(String what, TopicPlan plan, Throwable cause) {
        if (cause instanceof AuthorizationException denied) {
            throw denied;
        }
        return new IllegalStateException("Could not " + what + " topic " + plan.name() + ": " + cause.getMessage(), cause);
    }
}
