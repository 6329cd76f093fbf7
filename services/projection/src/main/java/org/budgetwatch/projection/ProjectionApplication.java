package org.budgetwatch.projection;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(ProjectionSettings.class)
public class ProjectionApplication {

    /** Its configuration is projection.yml, not application.yml, so that the local stack can run every service in one JVM. */
    public static final String CONFIG_NAME = "projection";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ProjectionApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
