package org.budgetwatch.ingest.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ingest API's OpenAPI description (/v3/api-docs): its name, the build's version and the API-key scheme. */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    /** The security scheme's name, as operations refer to it. */
    public static final String API_KEY = "apiKey";

    @Bean
    OpenAPI ingestOpenApi(ObjectProvider<BuildProperties> build) {
        return new OpenAPI()
                .info(new Info()
                        .title("budgetwatch ingest API")
                        .version(build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion())
                        .description("Submits Chinese government budget and final-accounts disclosures (PDF, Word, Excel, HTML, "
                                + "text exports) to the budgetwatch pipeline and tells where each one is. A document's id is the "
                                + "SHA-256 of its bytes: the same bytes submitted again get the same id and are not published twice.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(API_KEY, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                        .description("A key configured by its SHA-256 under budgetwatch.ingest.security.keys; the local "
                                + "stack writes one to data/local/ingest-api-key")));
    }
}
