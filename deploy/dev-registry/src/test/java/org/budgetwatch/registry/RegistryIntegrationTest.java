package org.budgetwatch.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The dev registry on a random port over an embedded KRaft broker, with its metrics exported as in production. One
 * annotation for every registry test, so that they share one application context and one broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@EmbeddedKafka(kraft = true, partitions = 1)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + DevSchemaRegistryApplication.CONFIG_NAME,
        "budgetwatch.registry.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "logging.level.org.apache.kafka=warn", "logging.level.kafka=warn", "logging.level.state.change.logger=warn"})
@interface RegistryIntegrationTest {
}
