package org.budgetwatch.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Development stand-in for Confluent Schema Registry; production uses the real one. */
@SpringBootApplication
@EnableConfigurationProperties(RegistrySettings.class)
public class DevSchemaRegistryApplication {

    /** Its configuration is dev-registry.yml, not application.yml, so that the local stack can run every service in one JVM. */
    public static final String CONFIG_NAME = "dev-registry";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DevSchemaRegistryApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
