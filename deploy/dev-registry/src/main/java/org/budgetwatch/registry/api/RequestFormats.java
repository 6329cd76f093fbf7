package org.budgetwatch.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Content types as Confluent's registry takes them. Requests: JSON under the vnd.schemaregistry types (read as
 * +json already), application/json, and application/octet-stream, which is what HTTP clients send when they name
 * no type (curl -d, some serdes). Answers: application/vnd.schemaregistry.v1+json whenever the client accepts it
 * (also through a wildcard), otherwise the JSON type it names.
 */
@Configuration(proxyBeanMethods = false)
public class RequestFormats implements WebMvcConfigurer {

    private final ObjectMapper json;

    public RequestFormats(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new OctetStreamJsonReader(json));
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new PreferRegistryType()));
    }

    /** Reads only: answers are written under the JSON types. */
    static final class OctetStreamJsonReader extends MappingJackson2HttpMessageConverter {

        OctetStreamJsonReader(ObjectMapper json) {
            super(json);
            setSupportedMediaTypes(List.of(MediaType.APPLICATION_OCTET_STREAM));
        }

        @Override
        public boolean canWrite(Class<?> clazz, MediaType mediaType) {
            return false;
        }

        @Override
        public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
            return false;
        }
    }

    /** The Accept header, with the registry's own type put first when any accepted type includes it. */
    static final class PreferRegistryType implements ContentNegotiationStrategy {

        private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

        @Override
        public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws org.springframework.web.HttpMediaTypeNotAcceptableException {
            List<MediaType> accepted = header.resolveMediaTypes(request);
            if (accepted.stream().noneMatch(type -> type.includes(RegistryMediaTypes.V1_JSON))
                    || accepted.stream().anyMatch(type -> type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)
                    || type.equalsTypeAndSubtype(MediaType.parseMediaType(RegistryMediaTypes.JSON_VALUE)))
                    && accepted.stream().noneMatch(type -> type.equalsTypeAndSubtype(RegistryMediaTypes.V1_JSON))) {
                return accepted;
            }
            List<MediaType> preferred = new ArrayList<>();
            preferred.add(RegistryMediaTypes.V1_JSON);
            preferred.addAll(accepted);
            return preferred;
        }
    }
}
