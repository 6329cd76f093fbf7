package org.budgetwatch.registry.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller of Confluent's REST API: it answers in the registry's JSON content types (RegistryMediaTypes). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RestController
@RequestMapping(produces = {RegistryMediaTypes.V1_JSON_VALUE, RegistryMediaTypes.JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
public @interface RegistryApi {
}
