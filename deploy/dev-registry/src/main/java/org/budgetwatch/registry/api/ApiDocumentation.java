package org.budgetwatch.registry.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dev registry's OpenAPI description (/v3/api-docs). */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    @Bean
    OpenAPI registryOpenApi(ObjectProvider<BuildProperties> build) {
        return new OpenAPI().info(new Info()
                .title("budgetwatch dev schema registry")
                .version(build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion())
                .description("A development stand-in for Confluent Schema Registry: its REST API v1 for Avro schemas "
                        + "(subjects, versions, ids, compatibility, config, mode), errors as {error_code, message}, state in "
                        + "the compacted _schemas topic. Production uses Confluent Schema Registry, Apicurio or Karapace.")
                .license(new License().name("Apache-2.0")));
    }
}
