package org.budgetwatch.validator;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(ValidatorSettings.class)
public class ValidatorApplication {

    /** Its configuration is validator.yml, not application.yml, so that the local stack can run every service in one JVM. */
    public static final String CONFIG_NAME = "validator";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ValidatorApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
