package org.budgetwatch.projection.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search API's OpenAPI description (/v3/api-docs): its name and the build's version. */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    @Bean
    OpenAPI searchOpenApi(ObjectProvider<BuildProperties> build) {
        return new OpenAPI().info(new Info()
                .title("budgetwatch search API")
                .version(build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion())
                .description("Searches the disclosures budgetwatch has read: their metadata, table line items and the "
                        + "findings of the validation rules (docs/rules.md), with facet counts; one disclosure whole with its "
                        + "tables and report; counts over the read model. Reads need no key.")
                .license(new License().name("Apache-2.0")));
    }
}
