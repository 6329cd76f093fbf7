package org.budgetwatch.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.budgetwatch.registry.compatibility.CompatibilityLevel;
import org.budgetwatch.registry.store.SchemaLog;
import org.budgetwatch.registry.store.SchemaStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

@RegistryIntegrationTest
class DevSchemaRegistryTest {

    private static final String V1 = "{\"type\":\"record\",\"name\":\"Doc\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    private static final String V2_ADDITIVE = "{\"type\":\"record\",\"name\":\"Doc\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"year\",\"type\":[\"null\",\"int\"],\"default\":null}]}";
    private static final String V2_BREAKING = "{\"type\":\"record\",\"name\":\"Doc\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"year\",\"type\":\"int\"}]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EmbeddedKafkaBroker kafka;

    @Test
    void shouldRegisterOnceAndAnswerTheSameIdForTheSameSchema() throws Exception {
        int id = post("/subjects/docs-value/versions", V1).path("id").asInt();

        assertThat(post("/subjects/docs-value/versions", V1).path("id").asInt()).isEqualTo(id);
        assertThat(JSON.readTree(get("/schemas/ids/" + id).getBody()).path("schema").asText()).isEqualTo(V1);
        assertThat(get("/subjects/docs-value/versions").getBody()).isEqualTo("[1]");
        JsonNode latest = JSON.readTree(get("/subjects/docs-value/versions/latest").getBody());
        assertThat(latest.path("id").asInt()).isEqualTo(id);
        assertThat(latest.path("version").asInt()).isEqualTo(1);
        assertThat(post("/subjects/docs-value", V1).path("version").asInt()).isEqualTo(1);
    }

    @Test
    void shouldAcceptAdditiveChangesAndRefuseBreakingOnesUnderBackward() throws Exception {
        post("/subjects/evolving-value/versions", V1);

        assertThat(post("/compatibility/subjects/evolving-value/versions/latest", V2_BREAKING).path("is_compatible").asBoolean()).isFalse();
        ResponseEntity<String> refused = send(HttpMethod.POST, "/subjects/evolving-value/versions", V2_BREAKING);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(JSON.readTree(refused.getBody()).path("error_code").asInt()).isEqualTo(409);
        assertThat(post("/subjects/evolving-value/versions", V2_ADDITIVE).path("id").asInt()).isPositive();
        assertThat(get("/subjects/evolving-value/versions").getBody()).isEqualTo("[1,2]");
    }

    @Test
    void shouldAnswerConfluentErrorCodes() throws Exception {
        assertThat(errorCode(get("/subjects/nobody/versions"))).isEqualTo(40401);
        post("/subjects/codes-value/versions", V1);
        assertThat(errorCode(get("/subjects/codes-value/versions/9"))).isEqualTo(40402);
        assertThat(errorCode(get("/schemas/ids/99999"))).isEqualTo(40403);
        assertThat(errorCode(send(HttpMethod.POST, "/subjects/codes-value/versions", "{\"type\":\"recordz\"}"))).isEqualTo(42201);
    }

    @Test
    void shouldKeepAndChangeCompatibilityLevels() throws Exception {
        assertThat(JSON.readTree(get("/config").getBody()).path("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        ResponseEntity<String> put = http.exchange("/config/loose-value", HttpMethod.PUT,
                entity("{\"compatibility\":\"NONE\"}"), String.class);
        assertThat(put.getBody()).contains("NONE");
        post("/subjects/loose-value/versions", V1);
        assertThat(post("/subjects/loose-value/versions", V2_BREAKING).path("id").asInt()).isPositive();
        assertThat(errorCode(get("/config/never-configured"))).isEqualTo(40408);
    }

    @Test
    void shouldSoftDeleteASubjectButKeepItsIdsResolvable() throws Exception {
        int id = post("/subjects/gone-value/versions", V1).path("id").asInt();

        assertThat(http.exchange("/subjects/gone-value", HttpMethod.DELETE, null, String.class).getBody()).isEqualTo("[1]");

        assertThat(errorCode(get("/subjects/gone-value/versions"))).isEqualTo(40401);
        assertThat(get("/schemas/ids/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/subjects").getBody()).doesNotContain("gone-value");
    }

    @Test
    void shouldRebuildTheSameIdsFromTheSchemaLogAfterARestart() throws Exception {
        int id = post("/subjects/durable-value/versions", V2_ADDITIVE).path("id").asInt();
        RegistrySettings settings = new RegistrySettings(kafka.getBrokersAsString(), "_schemas", (short) 1, CompatibilityLevel.BACKWARD, null, null, null, null);

        try (SchemaLog log = new SchemaLog(settings)) {
            SchemaStore restarted = new SchemaStore(log, CompatibilityLevel.BACKWARD);
            restarted.load();
            assertThat(restarted.version("durable-value", "latest", false).id()).isEqualTo(id);
            assertThat(restarted.register("durable-value", V2_ADDITIVE, null, null)).isEqualTo(id);
        }
    }

    private JsonNode post(String path, String schema) throws Exception {
        ResponseEntity<String> response = send(HttpMethod.POST, path, schema);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
        return JSON.readTree(response.getBody());
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String schema) throws Exception {
        return http.exchange(path, method, entity(JSON.writeValueAsString(Map.of("schema", schema))), String.class);
    }

    private ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    private static HttpEntity<String> entity(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/vnd.schemaregistry.v1+json"));
        return new HttpEntity<>(body, headers);
    }

    private static int errorCode(ResponseEntity<String> response) throws Exception {
        return JSON.readTree(response.getBody()).path("error_code").asInt();
    }
}
