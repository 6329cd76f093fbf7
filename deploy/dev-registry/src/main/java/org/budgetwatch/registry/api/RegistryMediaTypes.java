package org.budgetwatch.registry.api;

import org.springframework.http.MediaType;

/**
 * The content types of Confluent's REST API. Requests are read as JSON under any of them and under
 * application/octet-stream (what clients send when they name no type); answers take the most specific one the
 * client accepts, application/vnd.schemaregistry.v1+json by default.
 */
public final class RegistryMediaTypes {

    public static final String V1_JSON_VALUE = "application/vnd.schemaregistry.v1+json";
    public static final String JSON_VALUE = "application/vnd.schemaregistry+json";
    public static final MediaType V1_JSON = MediaType.parseMediaType(V1_JSON_VALUE);

    private RegistryMediaTypes() {
    }
}
