package org.budgetwatch.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.avro.Schema;
import org.budgetwatch.schemas.registry.SchemaRegistryClients;
import org.budgetwatch.schemas.registry.SchemaRegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * With users configured, nobody registers, changes the compatibility or deletes without their name and password, as
 * with Confluent's registry; the project's serde, sending basic.auth.user.info or credentials in the URL, gets in.
 */
@EmbeddedKafka(kraft = true, partitions = 1)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + DevSchemaRegistryApplication.CONFIG_NAME,
        "budgetwatch.registry.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "budgetwatch.registry.users[0].name=pipeline",
        // echo -n 's3cret-registry' | sha256sum
        "budgetwatch.registry.users[0].sha256=94e486f887d3c817c7d1cd00d852510b155297b695dcba9ac9df49557ed7940f",
        "logging.level.org.apache.kafka=warn", "logging.level.kafka=warn", "logging.level.state.change.logger=warn"})
class RegistryBasicAuthTest {

    private static final String SCHEMA = "{\"type\":\"record\",\"name\":\"Doc\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    private static final String PASSWORD = "s3cret-registry";

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "POST|/subjects/docs-value/versions|{\"schema\":\"{\\\"type\\\":\\\"string\\\"}\"}",
            "PUT|/config|{\"compatibility\":\"NONE\"}",
            "PUT|/config/docs-value|{\"compatibility\":\"NONE\"}",
            "DELETE|/subjects/docs-value|",
            "GET|/subjects|",
            "GET|/schemas/ids/1|"})
    void shouldRefuseEveryRequestWithoutCredentialsAsConfluentDoes(String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(method, path, body, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"SchemaRegistry\"");
        assertThat(response.body()).isEqualTo("{\"error_code\":401,\"message\":\"Unauthorized\"}");
    }

    @Test
    void shouldRefuseAWrongPasswordOrAnUnknownUser() throws Exception {
        assertThat(send("GET", "/subjects", null, basic("pipeline", "guess")).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/subjects", null, basic("someone", PASSWORD)).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/subjects", null, "Basic not-base64!").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswerAUserWithTheRightPassword() throws Exception {
        assertThat(send("GET", "/subjects", null, basic("pipeline", PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLeaveTheHealthProbeOpen() throws Exception {
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/health/../../subjects", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldLetTheProjectsSerdeInWithItsCredentials() {
        String url = "http://127.0.0.1:" + port;
        Schema schema = new Schema.Parser().parse(SCHEMA);

        assertThat(SchemaRegistryClients.create(List.of(url), "USER_INFO", "pipeline:" + PASSWORD, 10).register("auth-a-value", schema)).isPositive();
        assertThat(SchemaRegistryClients.create(List.of("http://pipeline:" + PASSWORD + "@127.0.0.1:" + port), null, null, 10)
                .register("auth-b-value", schema)).isPositive();
        assertThatThrownBy(() -> SchemaRegistryClients.create(List.of(url), null, null, 10).register("auth-c-value", schema))
                .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("Unauthorized");
    }

    private HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, body == null || body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
