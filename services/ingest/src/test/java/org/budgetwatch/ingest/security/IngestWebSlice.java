package org.budgetwatch.ingest.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.budgetwatch.ingest.IngestSettings;
import org.budgetwatch.ingest.api.ApiErrors;
import org.budgetwatch.ingest.api.DisclosureController;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Ingest's web layer on a real Tomcat, as deployed (the container's own URI decoding and normalisation, Spring MVC's
 * routing, ingest's filter, controller and error handling, ingest.yml's server settings), with the submission service
 * and the ledger left to the test: what a request can reach is decided here, not behind it.
 * <p>
 * The whole configuration of the tests that name it, and a test component, so that the application's own component
 * scan (in the bindings test, which starts the whole ingest) passes it by.
 */
@SpringBootConfiguration
@TestComponent
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        EmbeddedWebServerFactoryCustomizerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class, MultipartAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@Import({SecurityConfiguration.class, DisclosureController.class, ApiErrors.class})
@EnableConfigurationProperties(IngestSettings.class)
class IngestWebSlice {

    /** The key of the crawler the tests write as; its SHA-256 is configured in the tests' properties. */
    static final String CRAWLER_KEY = "crawler-test-key";
    static final String SLOW_KEY = "slow-test-key";
    static final String PATIENT_KEY = "patient-test-key";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
