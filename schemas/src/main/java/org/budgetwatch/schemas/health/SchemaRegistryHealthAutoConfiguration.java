package org.budgetwatch.schemas.health;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** Adds the {@code schemaRegistry} health contributor to every service that reads or writes events. */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnProperty("budgetwatch.kafka.schema-registry-url")
public class SchemaRegistryHealthAutoConfiguration {

    @Bean
    @ConditionalOnEnabledHealthIndicator("schemaRegistry")
    SchemaRegistryHealthIndicator schemaRegistryHealthIndicator(@Value("${budgetwatch.kafka.schema-registry-url}") String urls) {
        return new SchemaRegistryHealthIndicator(urls);
    }
}
