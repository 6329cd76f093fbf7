package org.budgetwatch.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Talks to a Confluent-compatible Schema Registry (Confluent, Apicurio in ccompat mode, Karapace, or the
 * dev registry) over its REST API. Several URLs are tried in turn when one cannot be reached.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = CONTENT_TYPE + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<URI> baseUrls;
    private final String authorization;
    private final HttpClient http;

    public RestSchemaRegistryClient(List<String> urls, String credentialsSource, String userInfo) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("At least one schema registry URL is required");
        }
        this.baseUrls = urls.stream().map(u -> URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u)).toList();
        this.authorization = authorization(credentialsSource, userInfo, baseUrls.get(0));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public int register(String subject, Schema schema) {
        return send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema)).get("id").asInt();
    }

    @Override
    public int lookup(String subject, Schema schema) {
        return send("POST", "/subjects/" + encode(subject), schemaBody(schema)).get("id").asInt();
    }

    @Override
    public RegisteredSchema latest(String subject) {
        JsonNode answer = send("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        return new RegisteredSchema(answer.get("subject").asText(), answer.get("id").asInt(), answer.get("version").asInt(),
                new Schema.Parser().parse(answer.get("schema").asText()));
    }

    @Override
    public Schema byId(int id) {
        return new Schema.Parser().parse(send("GET", "/schemas/ids/" + id, null).get("schema").asText());
    }

    private JsonNode send(String method, String path, String body) {
        SchemaRegistryException lastFailure = null;
        for (URI base : baseUrls) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(withoutUserInfo(base) + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", ACCEPT)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", CONTENT_TYPE);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() / 100 == 2) {
                    return JSON.readTree(response.body());
                }
                SchemaRegistryException error = errorOf(response);
                if (!error.isTransient()) {
                    throw error;
                }
                lastFailure = error;
            } catch (IOException e) {
                lastFailure = new SchemaRegistryException("Schema registry at " + withoutUserInfo(base) + " unreachable: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("Interrupted while calling the schema registry", e);
            }
        }
        throw lastFailure;
    }

    private static SchemaRegistryException errorOf(HttpResponse<String> response) {
        try {
            JsonNode error = JSON.readTree(response.body());
            return new SchemaRegistryException(response.statusCode(), error.path("error_code").asInt(response.statusCode()),
                    error.path("message").asText(response.body()));
        } catch (IOException notJson) {
            return new SchemaRegistryException(response.statusCode(), response.statusCode(), response.body());
        }
    }

    private static String schemaBody(Schema schema) {
        try {
            return JSON.writeValueAsString(Map.of("schema", schema.toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String withoutUserInfo(URI uri) {
        if (uri.getUserInfo() == null) {
            return uri.toString();
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath();
    }

    private static String authorization(String source, String userInfo, URI firstUrl) {
        String credentials = switch (source == null ? "URL" : source.toUpperCase()) {
            case "USER_INFO" -> {
                if (userInfo == null || userInfo.isBlank()) {
                    throw new IllegalArgumentException("basic.auth.credentials.source=USER_INFO needs basic.auth.user.info");
                }
                yield userInfo;
            }
            case "URL" -> firstUrl.getUserInfo();
            default -> throw new IllegalArgumentException("Unsupported basic.auth.credentials.source '" + source + "' (URL or USER_INFO)");
        };
        return credentials == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
