package org.budgetwatch.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dev registry against Confluent's Schema Registry API reference: each test is a passage of the reference
 * (endpoint, status, error_code, body shape) that Confluent's clients rely on.
 */
@RegistryIntegrationTest
class ConfluentApiConformanceTest {

    private static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
    private static final String V1 = "{\"type\":\"record\",\"name\":\"Doc\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    private static final String V2 = "{\"type\":\"record\",\"name\":\"Doc\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"year\",\"type\":[\"null\",\"int\"],\"default\":null}]}";
    private static final String BREAKING = "{\"type\":\"record\",\"name\":\"Doc\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"year\",\"type\":\"int\"}]}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void shouldListTheSchemaTypesItSupports() throws Exception {
        Reply types = call("GET", "/schemas/types", null);

        assertThat(types.status).isEqualTo(200);
        assertThat(types.json()).extracting(JsonNode::asText).containsExactly("AVRO");
    }

    @Test
    void shouldListTheDefaultContext() throws Exception {
        assertThat(call("GET", "/contexts", null).json().toString()).isEqualTo("[\":.:\"]");
    }

    @Test
    void shouldAnswerASchemaByIdWithItsSubjectsAndVersions() throws Exception {
        String schema = V1.replace("Doc", "Shared");
        int id = register("ids-value", schema).path("id").asInt();
        register("ids-copy-value", schema);

        assertThat(call("GET", "/schemas/ids/" + id, null).json().path("schema").asText()).isEqualTo(schema);
        assertThat(call("GET", "/schemas/ids/" + id + "/schema", null).body).isEqualTo(schema);
        assertThat(call("GET", "/schemas/ids/" + id + "/subjects", null).json().toString())
                .isEqualTo("[\"ids-copy-value\",\"ids-value\"]");
        assertThat(call("GET", "/schemas/ids/" + id + "/versions", null).json().toString())
                .isEqualTo("[{\"subject\":\"ids-copy-value\",\"version\":1},{\"subject\":\"ids-value\",\"version\":1}]");
        assertThat(call("GET", "/subjects/ids-value/versions/1/schema", null).body).isEqualTo(schema);
        assertThat(call("GET", "/subjects/ids-value/versions/1/referencedby", null).body).isEqualTo("[]");
        assertThat(call("GET", "/schemas?subjectPrefix=ids-v&latestOnly=true", null).json()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {V1_JSON, "application/vnd.schemaregistry+json", "application/json", "application/octet-stream"})
    void shouldReadRequestsInEveryContentTypeConfluentAccepts(String contentType) throws Exception {
        Reply reply = call("POST", "/subjects/types-" + contentType.hashCode() + "-value/versions", schemaBody(V1), contentType, null);

        assertThat(reply.status).as(reply.body).isEqualTo(200);
        assertThat(reply.json().path("id").asInt()).isPositive();
    }

    @Test
    void shouldAnswerInTheTypeTheClientAccepts() throws Exception {
        assertThat(call("GET", "/subjects", null, null, null).contentType).startsWith(V1_JSON);
        assertThat(call("GET", "/subjects", null, null, "application/json").contentType).startsWith("application/json");
        assertThat(call("GET", "/subjects", null, null, "application/vnd.schemaregistry+json").contentType)
                .startsWith("application/vnd.schemaregistry+json");
    }

    @Test
    void shouldAnswerEveryFailureWithAnErrorCode() throws Exception {
        Reply unsupportedType = call("POST", "/subjects/x-value/versions", schemaBody(V1), "text/plain", null);
        Reply wrongMethod = call("PUT", "/subjects", "{}");
        Reply unknownPath = call("GET", "/no/such/resource", null);
        Reply notAcceptable = call("GET", "/subjects", null, null, "text/csv");

        assertThat(unsupportedType.status).isEqualTo(415);
        assertThat(unsupportedType.errorCode()).isEqualTo(415);
        assertThat(wrongMethod.status).isEqualTo(405);
        assertThat(wrongMethod.errorCode()).isEqualTo(405);
        assertThat(unknownPath.status).isEqualTo(404);
        assertThat(unknownPath.errorCode()).isEqualTo(404);
        assertThat(notAcceptable.status).isEqualTo(406);
        assertThat(notAcceptable.errorCode()).isEqualTo(406);
        register("errors-value", V1);
        assertThat(call("GET", "/subjects/errors-value/versions/0", null).errorCode()).isEqualTo(42202);
        assertThat(call("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}").errorCode()).isEqualTo(42203);
        assertThat(call("POST", "/subjects/x-value/versions", "not json").errorCode()).isEqualTo(42201);
    }

    @Test
    void shouldCheckCompatibilityAgainstTheSubjectAndSayWhyWhenVerbose() throws Exception {
        register("compat-value", V1);

        JsonNode breaking = call("POST", "/compatibility/subjects/compat-value/versions?verbose=true", schemaBody(BREAKING)).json();
        JsonNode additive = call("POST", "/compatibility/subjects/compat-value/versions", schemaBody(V2)).json();

        assertThat(breaking.path("is_compatible").asBoolean()).isFalse();
        assertThat(breaking.path("messages")).isNotEmpty();
        assertThat(breaking.path("messages").get(0).asText()).contains("year");
        assertThat(additive.path("is_compatible").asBoolean()).isTrue();
        assertThat(additive.has("messages")).isFalse();
        assertThat(call("POST", "/compatibility/subjects/compat-value/versions/1?verbose=true", schemaBody(V2))
                .json().path("messages")).isEmpty();
    }

    @Test
    void shouldSetReadAndDeleteASubjectsCompatibility() throws Exception {
        register("config-value", V1);

        assertThat(call("PUT", "/config/config-value", "{\"compatibility\":\"FULL\"}").json().path("compatibility").asText()).isEqualTo("FULL");
        assertThat(call("GET", "/config/config-value", null).json().path("compatibilityLevel").asText()).isEqualTo("FULL");
        assertThat(call("DELETE", "/config/config-value", null).json().path("compatibilityLevel").asText()).isEqualTo("FULL");
        assertThat(call("GET", "/config/config-value", null).errorCode()).isEqualTo(40408);
        assertThat(call("GET", "/config/config-value?defaultToGlobal=true", null).json().path("compatibilityLevel").asText())
                .isEqualTo("BACKWARD");
        assertThat(call("DELETE", "/config/never-registered-value", null).errorCode()).isEqualTo(40401);
    }

    @Test
    void shouldRefuseWritesToASubjectInReadOnlyMode() throws Exception {
        register("frozen-value", V1);

        assertThat(call("GET", "/mode", null).json().path("mode").asText()).isEqualTo("READWRITE");
        assertThat(call("GET", "/mode/frozen-value", null).errorCode()).isEqualTo(40409);
        assertThat(call("PUT", "/mode/frozen-value", "{\"mode\":\"READONLY\"}").json().path("mode").asText()).isEqualTo("READONLY");
        Reply refused = call("POST", "/subjects/frozen-value/versions", schemaBody(V2));
        assertThat(refused.status).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo(42205);
        assertThat(call("DELETE", "/subjects/frozen-value", null).errorCode()).isEqualTo(42205);
        assertThat(call("PUT", "/mode/frozen-value", "{\"mode\":\"SOMETIMES\"}").errorCode()).isEqualTo(42204);

        assertThat(call("DELETE", "/mode/frozen-value", null).json().path("mode").asText()).isEqualTo("READONLY");
        assertThat(call("GET", "/mode/frozen-value?defaultToGlobal=true", null).json().path("mode").asText()).isEqualTo("READWRITE");
        assertThat(register("frozen-value", V2).path("id").asInt()).isPositive();
    }

    @Test
    void shouldRegisterUnderTheGivenIdAndVersionInImportMode() throws Exception {
        assertThat(call("PUT", "/mode/imported-value", "{\"mode\":\"IMPORT\"}").json().path("mode").asText()).isEqualTo("IMPORT");

        Reply imported = call("POST", "/subjects/imported-value/versions",
                JSON.writeValueAsString(Map.of("schema", V2, "id", 7001, "version", 3)));

        assertThat(imported.json().path("id").asInt()).isEqualTo(7001);
        assertThat(call("GET", "/subjects/imported-value/versions/3", null).json().path("id").asInt()).isEqualTo(7001);
        register("occupied-value", V1);
        assertThat(call("PUT", "/mode/occupied-value", "{\"mode\":\"IMPORT\"}").errorCode()).isEqualTo(42205);
        assertThat(call("POST", "/subjects/occupied-value/versions",
                JSON.writeValueAsString(Map.of("schema", V2, "id", 7002))).errorCode()).isEqualTo(42205);
    }

    @Test
    void shouldSoftDeleteAVersionBeforeItIsDeletedForGood() throws Exception {
        register("versions-value", V1);
        int secondId = register("versions-value", V2).path("id").asInt();

        assertThat(call("DELETE", "/subjects/versions-value/versions/2/?permanent=true".replace("/?", "?"), null).errorCode()).isEqualTo(40407);
        assertThat(call("DELETE", "/subjects/versions-value/versions/1", null).body).isEqualTo("1");
        assertThat(call("DELETE", "/subjects/versions-value/versions/1", null).errorCode()).isEqualTo(40406);
        assertThat(call("GET", "/subjects/versions-value/versions", null).body).isEqualTo("[2]");
        assertThat(call("GET", "/subjects/versions-value/versions?deleted=true", null).body).isEqualTo("[1,2]");
        assertThat(call("GET", "/subjects/versions-value/versions/1", null).errorCode()).isEqualTo(40402);
        assertThat(call("GET", "/subjects/versions-value/versions/1?deleted=true", null).status).isEqualTo(200);

        assertThat(call("DELETE", "/subjects/versions-value/versions/1?permanent=true", null).body).isEqualTo("1");
        assertThat(call("GET", "/subjects/versions-value/versions?deleted=true", null).body).isEqualTo("[2]");
        assertThat(call("GET", "/subjects/versions-value/versions/latest", null).json().path("id").asInt()).isEqualTo(secondId);
        assertThat(call("DELETE", "/subjects/versions-value/versions/9", null).errorCode()).isEqualTo(40402);
    }

    @Test
    void shouldSoftDeleteASubjectBeforeItIsDeletedForGood() throws Exception {
        int id = register("subject-gone-value", V2.replace("Doc", "Gone")).path("id").asInt();

        assertThat(call("DELETE", "/subjects/subject-gone-value?permanent=true", null).errorCode()).isEqualTo(40405);
        assertThat(call("DELETE", "/subjects/subject-gone-value", null).body).isEqualTo("[1]");
        assertThat(call("DELETE", "/subjects/subject-gone-value", null).errorCode()).isEqualTo(40404);
        assertThat(call("GET", "/subjects", null).body).doesNotContain("subject-gone-value");
        assertThat(call("GET", "/subjects?deleted=true", null).body).contains("subject-gone-value");
        assertThat(call("GET", "/subjects?deletedOnly=true", null).json()).extracting(JsonNode::asText)
                .contains("subject-gone-value").doesNotContain("ids-value");
        assertThat(call("GET", "/schemas/ids/" + id, null).status).isEqualTo(200);
        assertThat(call("GET", "/schemas/ids/" + id + "/subjects", null).body).isEqualTo("[]");
        assertThat(call("GET", "/schemas/ids/" + id + "/subjects?deleted=true", null).body).isEqualTo("[\"subject-gone-value\"]");
        assertThat(call("POST", "/subjects/subject-gone-value?deleted=true", schemaBody(V2.replace("Doc", "Gone"))).json().path("id").asInt()).isEqualTo(id);

        assertThat(call("DELETE", "/subjects/subject-gone-value?permanent=true", null).body).isEqualTo("[1]");
        assertThat(call("GET", "/subjects?deleted=true", null).body).doesNotContain("subject-gone-value");
        assertThat(call("DELETE", "/subjects/subject-gone-value", null).errorCode()).isEqualTo(40401);
    }

    @Test
    void shouldExposeProbesAndPrometheusMetrics() throws Exception {
        assertThat(call("GET", "/actuator/health/liveness", null).status).isEqualTo(200);
        assertThat(call("GET", "/actuator/health/readiness", null).status).isEqualTo(200);
        assertThat(call("GET", "/actuator/prometheus", null, null, "text/plain").body).contains("http_server_requests");
    }

    private JsonNode register(String subject, String schema) throws Exception {
        Reply reply = call("POST", "/subjects/" + subject + "/versions", schemaBody(schema));
        assertThat(reply.status).as(reply.body).isEqualTo(200);
        return reply.json();
    }

    private static String schemaBody(String schema) throws Exception {
        return JSON.writeValueAsString(Map.of("schema", schema));
    }

    private Reply call(String method, String path, String body) throws Exception {
        return call(method, path, body, V1_JSON, null);
    }

    private Reply call(String method, String path, String body, String contentType, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    }

    private record Reply(int status, String body, String contentType) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }

        int errorCode() throws Exception {
            return json().path("error_code").asInt();
        }
    }
}
