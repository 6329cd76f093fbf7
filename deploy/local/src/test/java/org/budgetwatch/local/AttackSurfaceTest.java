package org.budgetwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.local.JsonGet.getJson;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.schemas.Topics;
import org.budgetwatch.schemas.serde.AvroSerdeConfig;
import org.budgetwatch.schemas.serde.ConfluentAvroSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The running stack attacked as an outsider and as an unlucky operator would (issue 19): each test is one attack that
 * once worked, and what must happen instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttackSurfaceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Path SAMPLE = Path.of("../../corpus/beijing-dongcheng-medical-security-2024-budget.txt");

    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;
    private LocalStack stack;
    private OutcomeWatcher outcomes;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("budgetwatch-attacks");
        // the registry asks for a password here, so that every attack below also runs against a pipeline that logs in to it
        stack = new LocalStack(StackSettings.onFreePorts(dataDir)).withRegistryAuth();
        stack.start();
        outcomes = new OutcomeWatcher(stack.bootstrapServers(), stack.registryUrl());
    }

    @AfterAll
    void stop() throws Exception {
        if (outcomes != null) {
            outcomes.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (dataDir != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void shouldPublishNothingPostedWithoutAKeyUnderAnotherSpellingOfTheSubmissionPath() throws Exception {
        byte[] content = (Files.readString(SAMPLE) + "\n附注：不带密钥提交\n").getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/api/%64isclosures", "/api;x=1/disclosures", "/%61pi/disclosures;y=2", "//api//disclosures/",
                "/x/..;/api/disclosures", "/API/disclosures")) {
            HttpResponse<String> response = postMultipart(stack.ingestUrl(), path, content, null);

            assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(401);
        }
        // the same bytes with the key are new to the pipeline: nothing of the refused posts got in
        IngestClient.Submitted withKey = new IngestClient(stack.ingestUrl(), stack.apiKey()).submit("with-key.txt", content);
        assertThat(withKey.status()).isEqualTo(202);
    }

    @Test
    void shouldExposeOnlyHealthInfoAndPrometheusOnEveryPublicPort() throws Exception {
        for (String service : publicServices()) {
            JsonNode links = new com.fasterxml.jackson.databind.ObjectMapper().readTree(asOwner(service + "/actuator").body()).path("_links");
            List<String> exposed = new ArrayList<>();
            links.fieldNames().forEachRemaining(exposed::add);
            assertThat(exposed).as(service).allSatisfy(link -> assertThat(link)
                    .matches("self|health|health-path|info|prometheus"));
            for (String hidden : List.of("bindings", "bindings/projectTables-in-0", "env", "configprops", "beans", "loggers", "metrics",
                    "mappings", "threaddump", "heapdump", "shutdown", "refresh", "functions")) {
                assertThat(asOwner(service + "/actuator/" + hidden).statusCode()).as("GET %s/actuator/%s", service, hidden).isIn(404, 405);
            }
        }
    }

    @Test
    void shouldNotLetAnyoneStopABindingThroughActuator() throws Exception {
        for (String service : publicServices()) {
            for (String binding : List.of("projectTables-in-0", "extract-in-0", "validate-in-0", "submissions-in-0")) {
                HttpResponse<String> stopped = http.send(HttpRequest.newBuilder(URI.create(service + "/actuator/bindings/" + binding))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"STOPPED\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(stopped.statusCode()).as("POST %s/actuator/bindings/%s", service, binding).isIn(401, 404, 405);
            }
        }
        // the projection still projects: a new document becomes searchable
        byte[] content = (Files.readString(SAMPLE) + "\n附注：绑定仍在运行\n").getBytes(StandardCharsets.UTF_8);
        String id = new IngestClient(stack.ingestUrl(), stack.apiKey()).submit("still-running.txt", content).documentId();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(getJson(stack.projectionUrl() + "/api/search?q=" + id + "&type=document")
                .path("total").asLong()).isEqualTo(1));
    }

    @Test
    void shouldEndEveryClaimCheckThatPointsOutsideTheContentStoreRejectedAndOutOfFlight() throws Exception {
        List<String> references = List.of("file:///etc/passwd", "file:///dev/zero", "http://169.254.169.254/latest/meta-data/",
                "jar:file:/tmp/x.jar!/secret", "file:///proc/self/environ");
        List<String> ids = new ArrayList<>();
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, stack.registryUrl());
        ConfluentAvroSerializer values = new ConfluentAvroSerializer();
        values.configure(config, false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config, new StringSerializer(), values)) {
            for (String reference : references) {
                String id = sha256(reference.getBytes(StandardCharsets.UTF_8));
                ids.add(id);
                producer.send(new ProducerRecord<>(Topics.RAW, id, RawDocument.newBuilder().setDocumentId(id).setFileName("attack.txt")
                        .setMediaType("text/plain").setSizeBytes(1_000_000).setContentRef(reference).setChannel(SubmissionChannel.KAFKA)
                        .setFirstSeen(java.time.Instant.now()).build())).get();
            }
        }

        for (String id : ids) {
            OutcomeWatcher.Outcome outcome = outcomes.await(id, PATIENCE);
            assertThat(outcome.rejection()).as(id).isNotNull();
            assertThat(outcome.rejection().getReason()).isEqualTo(RejectionReason.CONTENT_MISSING);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(getJson(stack.ingestUrl() + "/api/disclosures/" + id)
                    .path("state").asText()).isEqualTo("REJECTED"));
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(get(stack.ingestUrl() + "/actuator/prometheus").body())
                .contains("budgetwatch_ingest_in_flight{application=\"ingest\"} 0.0"));
        assertThat(getJson(stack.projectionUrl() + "/api/search?q=root&syntax=plain").path("total").asLong()).isZero();
    }

    @Test
    void shouldHaveSetTheRetentionOfEveryTopicTheStackUsesOnTheBroker() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            List<String> topics = admin.listTopics().names().get().stream().filter(t -> !t.startsWith("__")).sorted().toList();
            assertThat(topics).contains(Topics.RAW, Topics.TABLES, Topics.DISCREPANCIES, Topics.REJECTED, Topics.SUBMISSIONS,
                    Topics.RAW + ".extractor.dlq", "_schemas");
            Map<String, Config> configs = TopicProvisionerTest.TopicConfigs.of(admin, topics);
            for (String topic : topics) {
                ConfigEntry retention = configs.get(topic).get("retention.ms");
                ConfigEntry cleanup = configs.get(topic).get("cleanup.policy");
                // set on the topic itself, not inherited from the broker's default of 7 days
                assertThat(cleanup.value().contains("compact") || retention.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                        .as("%s: retention.ms=%s (%s), cleanup.policy=%s", topic, retention.value(), retention.source(), cleanup.value()).isTrue();
            }
            assertThat(configs.get(Topics.RAW).get("retention.ms").value()).isEqualTo("-1");
            assertThat(configs.get(Topics.DISCREPANCIES).get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get("_schemas").get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    void shouldAnswerExpensiveOrOverflowingSearchesWithA400() throws Exception {
        String fuzzy = java.net.URLEncoder.encode(String.join(" OR ", java.util.Collections.nCopies(300, "档案整理存储项目~2")), StandardCharsets.UTF_8);
        for (String query : List.of("q=" + fuzzy, "q=" + java.net.URLEncoder.encode(String.join(" ", java.util.Collections.nCopies(300, "档~")),
                StandardCharsets.UTF_8), "page=2147483647", "page=2147483647&size=100", "page=21474836&size=100")) {
            HttpResponse<String> response = get(stack.projectionUrl() + "/api/search?" + query);

            assertThat(response.statusCode()).as("%s: %s", query.substring(0, Math.min(80, query.length())), response.body()).isEqualTo(400);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void shouldRefuseRegisteringChangingOrDeletingSchemasWithoutThePassword() throws Exception {
        for (String[] request : new String[][] {{"POST", "/subjects/attack-value/versions", "{\"schema\":\"\\\"string\\\"\"}"},
                {"PUT", "/config", "{\"compatibility\":\"NONE\"}"}, {"DELETE", "/subjects/" + Topics.RAW + "-value", null},
                {"GET", "/subjects", null}}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.registryAddress() + request[1]))
                    .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                    .method(request[0], request[2] == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request[2]))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as("%s %s", request[0], request[1]).isEqualTo(401);
        }
        assertThat(asOwner(stack.registryAddress() + "/subjects").body()).contains(Topics.RAW + "-value");
    }

    @Test
    void shouldListenOnThisMachineOnly() throws Exception {
        java.net.InetAddress outside = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> !isLoopback(i)).flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "this machine has no address but loopback to try");
        for (String service : publicServices()) {
            int port = URI.create(service).getPort();
            try (java.net.Socket socket = new java.net.Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(outside, port), 2_000))
                        .as("%s reached at %s", service, outside).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void shouldKeepItsSecretsReadableByItsOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        stack.apiKey();
        for (String secret : List.of("ingest-api-key", "registry-password")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(secret))))
                    .as(secret).isEqualTo("rw-------");
        }
    }

    private static boolean isLoopback(java.net.NetworkInterface networkInterface) {
        try {
            return networkInterface.isLoopback() || !networkInterface.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    private List<String> publicServices() {
        List<String> services = new ArrayList<>(stack.serviceUrls());
        services.add(stack.registryAddress());
        return services;
    }

    /** A GET as the stack's owner: with the registry's password when the registry is asked. */
    private HttpResponse<String> asOwner(String url) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (url.startsWith(stack.registryAddress())) {
            String password = Files.readString(dataDir.resolve("registry-password")).strip();
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((LocalStack.REGISTRY_USER + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postMultipart(String base, String path, byte[] content, String key) throws IOException, InterruptedException {
        String boundary = "attack-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
