package org.budgetwatch.extractor;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(ExtractorSettings.class)
public class ExtractorApplication {

    /** Its configuration is extractor.yml, not application.yml, so that the local stack can run every service in one JVM. */
    public static final String CONFIG_NAME = "extractor";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ExtractorApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
