package org.budgetwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetwatch.local.JsonGet.getJson;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.budgetwatch.contracts.raw.DisclosureSubmission;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.CodeKind;
import org.budgetwatch.contracts.tables.TableType;
import org.budgetwatch.schemas.serde.AvroSerdeConfig;
import org.budgetwatch.schemas.serde.ConfluentAvroSerializer;
import org.budgetwatch.schemas.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The end-to-end specification, written once and run against each kind of cluster: every corpus file posted
 * to ingest ends with exactly one report on disclosures.discrepancies.v1 that a plain consumer reads with the
 * project's deserializer, and is found by the search API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineEndToEndContract {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** A second ingest key with a low rate, for the flood test; the clusters configure it. */
    static final String FLOOD_KEY = "flood-test-key";
    static final int FLOOD_LIMIT = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private PipelineCluster cluster;
    private IngestClient ingest;
    private OutcomeWatcher outcomes;
    private final Map<Path, String> corpusIds = new LinkedHashMap<>();

    abstract PipelineCluster startCluster() throws Exception;

    @BeforeAll
    void startAndSubmitCorpus() throws Exception {
        cluster = startCluster();
        ingest = new IngestClient(cluster.stack().ingestUrl(), cluster.stack().apiKey());
        outcomes = new OutcomeWatcher(cluster.stack().bootstrapServers(), cluster.stack().registryUrl());
        for (Path file : corpusFiles()) {
            IngestClient.Submitted submitted = ingest.submit(file.getFileName().toString(), Files.readAllBytes(file));
            assertThat(submitted.status()).as("first submission of %s", file).isEqualTo(202);
            assertThat(submitted.body().path("statusUrl").asText()).isEqualTo("/api/disclosures/" + submitted.documentId());
            corpusIds.put(file, submitted.documentId());
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (outcomes != null) {
            outcomes.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void shouldPublishExactlyOneReportPerCorpusDocument() {
        corpusIds.forEach((file, id) -> {
            OutcomeWatcher.Outcome outcome = awaitOutcome(id);
            assertThat(outcome.rejection()).as("%s must not be rejected", file).isNull();
            assertThat(outcome.report().getMetadata().getFiscalYear()).isEqualTo(2024);
            assertThat(outcome.report().getMetadata().getDepartment()).contains("医疗保障局");
            assertThat(outcome.tables().getTables()).isNotEmpty();
        });
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                corpusIds.values().forEach(id -> assertThat(outcomes.reportCount(id)).isEqualTo(1)));
    }

    @Test
    void shouldWriteReportsInTheConfluentWireFormatWithIdsTheRegistryResolves() throws Exception {
        corpusIds.values().forEach(this::awaitOutcome);
        List<ConsumerRecord<String, byte[]>> records = readRawReports();
        assertThat(records).hasSizeGreaterThanOrEqualTo(corpusIds.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            ByteBuffer bytes = ByteBuffer.wrap(record.value());
            assertThat(bytes.get()).as("magic byte").isEqualTo((byte) 0);
            int schemaId = bytes.getInt();
            JsonNode schema = getJson(cluster.stack().registryUrl() + "/schemas/ids/" + schemaId);
            assertThat(schema.path("schema").asText()).contains("\"ValidationReport\"");
        }
    }

    @Test
    void shouldFindEveryDocumentThroughTheSearchApi() {
        corpusIds.values().forEach(id -> {
            String department = awaitOutcome(id).report().getMetadata().getDepartment();
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode result = getJson(cluster.stack().projectionUrl() + "/api/search?q="
                        + URLEncoder.encode(department, StandardCharsets.UTF_8));
                assertThat(result.path("hits").findValuesAsText("documentId")).contains(id);
            });
        });
    }

    @Test
    void shouldFindEachDocumentByDepartmentProjectNameAndFunctionCodeWithItsFindingsInPlace() {
        corpusIds.values().forEach(id -> {
            OutcomeWatcher.Outcome outcome = awaitOutcome(id);
            var rows = outcome.tables().getTables().stream().flatMap(t -> t.getRows().stream().map(r -> Map.entry(t, r))).toList();
            // a project's name: a row of the project table, or (Baoding prints none) the title of a project's performance table
            String project = rows.stream().filter(e -> e.getKey().getType() == TableType.PROJECT_EXPENDITURE && !e.getValue().getTotal()
                            && e.getValue().getLabel().replaceAll("\\s", "").length() >= 4).map(e -> e.getValue().getLabel()).findFirst()
                    .or(() -> outcome.tables().getTables().stream().filter(t -> t.getType() == TableType.PERFORMANCE_TARGETS)
                            .map(t -> t.getTitle().replace("绩效目标表", "")).filter(t -> t.length() >= 4).findFirst())
                    .orElseThrow(() -> new AssertionError("no project named in " + id));
            String functionCode = rows.stream().map(Map.Entry::getValue).filter(r -> r.getCodeKind() == CodeKind.FUNCTION).map(r -> r.getCode())
                    .findFirst().orElseThrow();
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(searchIds("q=" + encode(project) + "&syntax=plain")).as("project %s", project).contains(id);
                assertThat(searchIds("code=" + functionCode + "&type=document")).as("code %s", functionCode).contains(id);
                JsonNode document = getJson(cluster.stack().projectionUrl() + "/api/documents/" + id);
                assertThat(document.path("state").asText()).isEqualTo("VALIDATED");
                JsonNode findings = getJson(cluster.stack().projectionUrl() + "/api/documents/" + id + "/discrepancies");
                assertThat(findings.size()).isEqualTo(outcome.report().getDiscrepancies().size());
                for (JsonNode finding : findings) {
                    for (JsonNode location : finding.path("locations")) {
                        if (location.hasNonNull("rowIndex")) {
                            JsonNode table = document.path("tables").get(location.path("tableIndex").asInt());
                            assertThat(table.path("rows").findValues("index").stream().map(JsonNode::asInt))
                                    .as("the row a finding points to is in the document view").contains(location.path("rowIndex").asInt());
                        }
                    }
                }
            });
        });
        JsonNode stats = getJson(cluster.stack().projectionUrl() + "/api/stats");
        assertThat(stats.path("documents").asLong()).isGreaterThanOrEqualTo(corpusIds.size());
    }

    @Test
    void shouldAnswerBadSearchParametersWithA400AndAMessage() throws Exception {
        for (String query : List.of("q=" + encode("档案 AND ("), "severity=FATAL", "size=100000", "year=abc", "type=nothing", "syntax=regex")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cluster.stack().projectionUrl() + "/api/search?" + query))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("message").asText()).as(query).isNotBlank();
        }
    }

    @Test
    void shouldShowAFindingHighlightedInTheWebPage() throws Exception {
        corpusIds.values().forEach(this::awaitOutcome);
        SearchPageBrowser.assumeChromium();
        String project = "档案整理存储项目"; // a Beijing project; the Beijing budget has findings
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(searchIds("q=" + encode(project) + "&syntax=plain")).isNotEmpty());
        try (SearchPageBrowser browser = SearchPageBrowser.open()) {
            browser.search(cluster.stack().projectionUrl() + "/", project);
            browser.openFirstDocument();
            assertThat(browser.highlightedFindings()).as("cells highlighted beside a finding's explanation").isNotEmpty();
            assertThat(browser.findingNotes()).anySatisfy(note -> assertThat(note).contains("NAME-PROJECT"));
            Path screenshot = browser.screenshot(Path.of("target", "browser", getClass().getSimpleName() + "-document.png"));
            assertThat(screenshot).exists().isNotEmptyFile();
        }
    }

    @Test
    void shouldDescribeEachApiInAValidOpenApiDocumentWithItsKeySchemeTypesAndRefusals() throws Exception {
        JsonSchema openApi;
        try (var specification = getClass().getResourceAsStream("/openapi/openapi-3.0.schema.json")) {
            openApi = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(specification);
        }
        Map<String, String> titles = Map.of(cluster.stack().ingestUrl(), "budgetwatch ingest API",
                cluster.stack().projectionUrl(), "budgetwatch search API", cluster.stack().registryUrl(), "budgetwatch dev schema registry");
        for (Map.Entry<String, String> api : titles.entrySet()) {
            JsonNode document = getJson(api.getKey() + "/v3/api-docs");
            assertThat(openApi.validate(document)).as("%s/v3/api-docs against the OpenAPI 3.0 schema", api.getKey()).isEmpty();
            assertThat(document.at("/info/title").asText()).isEqualTo(api.getValue());
            assertThat(document.at("/info/version").asText()).as("the build's version").matches("\\d+\\.\\d+\\.\\d+.*");
        }

        JsonNode ingestApi = getJson(cluster.stack().ingestUrl() + "/v3/api-docs");
        JsonNode submit = ingestApi.at("/paths/~1api~1disclosures/post");
        assertThat(ingestApi.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-API-Key");
        assertThat(ingestApi.at("/components/securitySchemes/apiKey/in").asText()).isEqualTo("header");
        assertThat(submit.path("security").toString()).contains("apiKey");
        assertThat(fieldNames(submit.path("responses"))).contains("200", "202", "400", "401", "413", "429", "503");
        assertThat(submit.at("/responses/202/content").toString()).contains("#/components/schemas/SubmissionReceipt");
        assertThat(submit.at("/responses/429/headers").has("Retry-After")).isTrue();
        assertThat(fieldNames(ingestApi.at("/paths/~1api~1disclosures~1{documentId}/get/responses"))).contains("200", "404");

        JsonNode searchApi = getJson(cluster.stack().projectionUrl() + "/v3/api-docs");
        assertThat(searchApi.at("/paths/~1api~1documents~1{documentId}/get/responses/200/content").toString()).contains("DisclosureView");
        assertThat(fieldNames(searchApi.at("/paths/~1api~1documents~1{documentId}/get/responses"))).contains("200", "404");
        assertThat(searchApi.at("/paths/~1api~1documents~1{documentId}~1discrepancies/get/responses/200/content").toString())
                .contains("\"#/components/schemas/Finding\"");
        assertThat(searchApi.at("/paths/~1api~1stats/get/responses/200/content").toString()).contains("Statistics");
        assertThat(fieldNames(searchApi.at("/paths/~1api~1search/get/responses"))).contains("200", "400");
        assertThat(searchApi.at("/components/schemas/Error/properties").has("message")).isTrue();
    }

    /** The "checks" cell of a rule's row in docs/rules.md, read as Markdown reads it: a cell ends at an unescaped pipe. */
    private static String checksOfRule(String ruleId) throws java.io.IOException {
        String row = Files.readAllLines(Path.of("../../docs/rules.md")).stream().filter(l -> l.startsWith("| [" + ruleId + "]"))
                .findFirst().orElseThrow();
        return row.split("(?<!\\\\)\\|")[4].strip().replace("\\|", "|");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void shouldShowWhatIsWrongAtAGlanceInTheWebPage() throws Exception {
        corpusIds.values().forEach(this::awaitOutcome);
        SearchPageBrowser.assumeChromium();
        String page = cluster.stack().projectionUrl() + "/";
        String wuhan = corpusIds.entrySet().stream().filter(e -> e.getKey().getFileName().toString().startsWith("wuhan"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        byte[] garbage = new byte[2048];
        new Random(11).nextBytes(garbage);
        String unreadable = ingest.submit("unreadable.bin", garbage).documentId();
        awaitOutcome(unreadable);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(searchIds("q=" + encode("医疗保障") + "&syntax=plain")).contains(wuhan));

        assertThat(searchIds("region=" + encode("湖北省"))).as("Wuhan's 东西湖区 is in 湖北省").contains(wuhan);
        assertThat(searchIds("region=" + encode("武汉市") + "&type=document")).containsExactly(wuhan);

        try (SearchPageBrowser browser = SearchPageBrowser.open()) {
            browser.search(page, "医疗保障");
            assertThat(browser.texts("#results a.doc-link")).as("documents named by title, department or file name")
                    .isNotEmpty().noneMatch(name -> name.matches(".*[0-9a-f]{64}.*"));
            browser.openFirstDocument();
            assertThat(browser.isDisplayed("#search-view")).as("the results view is left").isFalse();
            assertThat(browser.viewportTop("#document-view .doc-header")).as("the document starts at the top").isBetween(0L, 200L);
            assertThat(browser.text("#document-view")).doesNotContain("null").doesNotContain("undefined");

            browser.openDocument(page, wuhan);
            assertThat(browser.viewportTop("#finding-index")).as("the list of findings comes first").isLessThan(browser.windowHeight());
            assertThat(browser.texts("#finding-index li")).hasSizeGreaterThan(1).first().asString().contains("NARR-YOY");
            var note = browser.jumpToFirstFinding();
            assertThat(note.getAttribute("data-rule")).isEqualTo("NARR-YOY");
            assertThat(note.getText()).as("where it stands in the text export, and its values in their unit")
                    .containsPattern("第 \\d+ 行").containsPattern("应为 [^，]+%，实为 [^，]+%");
            assertThat(browser.followRuleLink(note)).as("the rule explained from docs/rules.md, its whole row, pipes inside it included")
                    .contains("R = C / (X − C)").isEqualToNormalizingWhitespace(checksOfRule("NARR-YOY"));
            assertThat(browser.text("#rule-view")).contains("400%");

            browser.visitSearch(page + "#/search?type=document&q=");
            assertThat(browser.facet("province")).as("regions by province, city and district").containsKey("湖北省");
            assertThat(browser.facet("city")).containsKey("武汉市");
            assertThat(browser.facet("district")).containsKey("东西湖区");

            browser.visitSearch(page + "#/search?ruleId=NARR-YOY&severity=ERROR&q=");
            assertThat(browser.facet("severity")).as("severities of the findings shown").containsOnlyKeys("错误");
            assertThat(browser.facet("ruleId")).containsOnlyKeys("NARR-YOY");
            assertThat(browser.facet("severity").get("错误")).isEqualTo(browser.typeCount("discrepancy"));

            browser.openDocument(page, unreadable);
            assertThat(browser.text("#document-view .doc-header")).as("the reason in Chinese")
                    .contains("无法读取：不支持的文件格式").doesNotContain("null");
            assertThat(browser.text("#document-view h1")).isEqualTo("unreadable.bin");

            assertThat(browser.severeConsoleMessages()).as("no failed request or script error, the favicon included").isEmpty();
        }
    }

    @Test
    void shouldRefuseWritesWithoutAValidKeyOverSizeOrOverTheRateAndPublishNothing() throws Exception {
        corpusIds.values().forEach(this::awaitOutcome);
        long rawBefore = rawRecords();
        byte[] sample = Files.readAllBytes(corpusIds.keySet().iterator().next());
        String ingestUrl = cluster.stack().ingestUrl();

        assertThat(new IngestClient(ingestUrl, null).submit("no-key.txt", "新内容 without a key".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(401);
        IngestClient.Submitted wrongKey = new IngestClient(ingestUrl, "not-a-key").submit("wrong-key.txt", "新内容".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.body().toString()).doesNotContain("not-a-key").doesNotContain("Exception");

        byte[] tooLarge = new byte[51 * 1024 * 1024];
        assertThat(ingest.submit("too-large.bin", tooLarge).status()).isEqualTo(413);

        // the flood key allows FLOOD_LIMIT writes a minute: already-known content, so that even those publish nothing
        IngestClient flood = new IngestClient(ingestUrl, FLOOD_KEY);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < FLOOD_LIMIT + 3; i++) {
            statuses.add(flood.submit("again.txt", sample).status());
        }
        assertThat(statuses.subList(0, FLOOD_LIMIT)).containsOnly(200);
        assertThat(statuses.subList(FLOOD_LIMIT, statuses.size())).containsOnly(429);
        HttpResponse<String> limited = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/disclosures"))
                .header("X-API-Key", FLOOD_KEY).header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());

        assertThat(rawRecords()).as("records on %s", Topics.RAW).isEqualTo(rawBefore);
    }

    @Test
    void shouldSendRecordsThatCannotBeReadToTheDeadLetterTopicWithTheError() throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.stack().bootstrapServers());
        byte[] unknownSchema = ByteBuffer.allocate(9).put((byte) 0).putInt(987_654).putInt(42).array();
        byte[] noMagicByte = "not avro at all".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, "dead-letter-1", unknownSchema)).get();
            producer.send(new ProducerRecord<>(Topics.RAW, "dead-letter-2", noMagicByte)).get();
        }
        Map<String, Object> consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.stack().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-dlq-" + System.nanoTime(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, ConsumerRecord<String, byte[]>> dead = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW + ".extractor.dlq"));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> dead.put(r.key(), r));
                return dead.containsKey("dead-letter-1") && dead.containsKey("dead-letter-2");
            });
        }
        // the original bytes and the error, in plain headers
        assertThat(dead.get("dead-letter-1").headers().lastHeader("x-original-value").value()).isEqualTo(unknownSchema);
        assertThat(dead.get("dead-letter-2").headers().lastHeader("x-original-value").value()).isEqualTo(noMagicByte);
        assertThat(new String(dead.get("dead-letter-1").headers().lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
                .contains("987654");
        assertThat(dead.get("dead-letter-2").headers().lastHeader("x-exception-class")).isNotNull();
        // the partition was not blocked: a new document still goes through
        IngestClient.Submitted after = ingest.submit("after-dead-letters.txt", Files.readAllBytes(corpusIds.keySet().iterator().next()));
        assertThat(after.status()).isIn(200, 202);
    }

    @Test
    void shouldReportReadinessAndPipelineMetrics() throws Exception {
        corpusIds.values().forEach(this::awaitOutcome);
        for (String service : cluster.stack().serviceUrls()) {
            JsonNode readiness = getJson(service + "/actuator/health/readiness");
            assertThat(readiness.path("status").asText()).as(service).isEqualTo("UP");
            assertThat(readiness.path("components").has("schemaRegistry")).as(service).isTrue();
            assertThat(readiness.path("components").has("binders")).as(service).isTrue();
        }
        List<String> urls = cluster.stack().serviceUrls();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(prometheus(urls.get(0))).contains("budgetwatch_documents_total{application=\"ingest\",outcome=\"accepted\",stage=\"ingest\"}");
            assertThat(prometheus(urls.get(1))).contains("budgetwatch_documents_total{application=\"extractor\",outcome=\"extracted\"")
                    .contains("budgetwatch_stage_duration_seconds_bucket");
            assertThat(prometheus(urls.get(2))).contains("budgetwatch_discrepancies_total{application=\"validator\"")
                    .contains("budgetwatch_documents_total{application=\"validator\"");
            assertThat(prometheus(urls.get(3))).contains("budgetwatch_documents_total{application=\"projection\"");
        });
    }

    private String prometheus(String service) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private long rawRecords() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.stack().bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.RAW).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private List<String> searchIds(String query) throws Exception {
        return getJson(cluster.stack().projectionUrl() + "/api/search?" + query + "&size=100").path("hits").findValuesAsText("documentId");
    }


    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void shouldAnswerTheSameIdWithoutPublishingAgainForContentSeenBefore() throws Exception {
        Map.Entry<Path, String> first = corpusIds.entrySet().iterator().next();
        awaitOutcome(first.getValue());

        IngestClient.Submitted again = ingest.submit("renamed.txt", Files.readAllBytes(first.getKey()));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.documentId()).isEqualTo(first.getValue());
        JsonNode status = getJson(cluster.stack().ingestUrl() + "/api/disclosures/" + first.getValue());
        assertThat(status.path("state").asText()).isEqualTo("VALIDATED");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(outcomes.reportCount(first.getValue())).isEqualTo(1));
    }

    @Test
    void shouldRejectUnreadableContentWithAReasonThatTheStatusApiShows() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        IngestClient.Submitted submitted = ingest.submit("garbage.bin", garbage);

        assertThat(submitted.status()).isEqualTo(202);
        OutcomeWatcher.Outcome outcome = awaitOutcome(submitted.documentId());
        assertThat(outcome.rejection().getReason()).isEqualTo(RejectionReason.UNSUPPORTED_FORMAT);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode status = getJson(cluster.stack().ingestUrl() + "/api/disclosures/" + submitted.documentId());
            assertThat(status.path("state").asText()).isEqualTo("REJECTED");
            assertThat(status.path("rejectionMessage").asText()).isNotBlank();
        });
    }

    @Test
    void shouldTakeSubmissionsFromTheSubmissionsTopicLikeHttpOnes() throws Exception {
        byte[] content = (Files.readString(corpusFiles().get(0)) + "\n（Kafka 提交）\n").getBytes(StandardCharsets.UTF_8);
        DisclosureSubmission submission = DisclosureSubmission.newBuilder().setFileName("via-kafka.txt")
                .setContent(ByteBuffer.wrap(content)).setSubmitter("crawler-kafka").build();
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.stack().bootstrapServers(),
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, cluster.stack().registryUrl());
        ConfluentAvroSerializer values = new ConfluentAvroSerializer();
        values.configure(config, false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config, new StringSerializer(), values)) {
            producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, "via-kafka.txt", submission)).get();
        }
        String documentId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        OutcomeWatcher.Outcome outcome = awaitOutcome(documentId);

        assertThat(outcome.report()).isNotNull();
        assertThat(outcome.tables().getFileName()).isEqualTo("via-kafka.txt");
    }

    @Test
    void shouldRefuseAnEmptyFileWithA400AndPublishNothing() throws Exception {
        IngestClient.Submitted submitted = ingest.submit("empty.txt", new byte[0]);

        assertThat(submitted.status()).isEqualTo(400);
        assertThat(submitted.body().path("message").asText()).isEqualTo("The file is empty");
    }

    @Test
    void shouldRefuseAFileOverTheSizeLimitWithA413() throws Exception {
        IngestClient.Submitted submitted = ingest.submit("huge.txt", new byte[51 * 1024 * 1024]);

        assertThat(submitted.status()).isEqualTo(413);
        assertThat(submitted.body().path("message").asText()).contains("limit");
    }

    private OutcomeWatcher.Outcome awaitOutcome(String documentId) {
        return await().atMost(PATIENCE).until(() -> outcomes.outcome(documentId).orElse(null), o -> o != null);
    }

    private List<ConsumerRecord<String, byte[]>> readRawReports() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.stack().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-raw-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DISCREPANCIES));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return records.size() >= corpusIds.size();
            });
        }
        return records;
    }


    private static List<Path> corpusFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../../corpus"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
