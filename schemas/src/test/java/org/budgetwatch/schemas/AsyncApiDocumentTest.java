package org.budgetwatch.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

/**
 * asyncapi.yaml is a valid AsyncAPI 3.0.0 document, names every pipeline topic and no other, and each message's
 * payload is the .avsc of the record that topic carries (the generated class reads the same schema).
 */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("asyncapi.yaml");
    private static final Map<String, String> RECORD_BY_TOPIC = Map.of(
            Topics.SUBMISSIONS, "org.budgetwatch.contracts.raw.DisclosureSubmission",
            Topics.RAW, "org.budgetwatch.contracts.raw.RawDocument",
            Topics.TABLES, "org.budgetwatch.contracts.tables.DocumentTables",
            Topics.DISCREPANCIES, "org.budgetwatch.contracts.validation.ValidationReport",
            Topics.REJECTED, "org.budgetwatch.contracts.rejection.Rejection");

    private final JsonNode document = read();

    @Test
    void shouldBeAValidAsyncApi3Document() throws Exception {
        JsonSchema schema;
        try (InputStream specification = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(specification);
        }

        Set<ValidationMessage> problems = schema.validate(document);

        assertThat(problems).isEmpty();
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void shouldDescribeEveryPipelineTopicAndNoOther() {
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.PIPELINE);
        document.path("channels").forEach(channel -> assertThat(channel.path("bindings").path("kafka").path("topic").asText())
                .isEqualTo(channel.path("address").asText()));
    }

    @Test
    void shouldTakeEachPayloadFromTheAvscOfTheRecordItsTopicCarries() throws Exception {
        for (JsonNode channel : iterable(document.path("channels"))) {
            String topic = channel.path("address").asText();
            List<JsonNode> messages = new ArrayList<>();
            channel.path("messages").forEach(messages::add);
            assertThat(messages).as(topic).hasSize(1);
            JsonNode message = resolve(messages.get(0));
            JsonNode payload = message.path("payload");
            assertThat(payload.path("schemaFormat").asText()).startsWith("application/vnd.apache.avro+json");

            Path avsc = Path.of(payload.path("schema").path("$ref").asText());
            assertThat(avsc).as("%s's payload", topic).exists();
            JsonNode avro = new ObjectMapper().readTree(Files.readString(avsc));
            String fullName = avro.path("namespace").asText() + "." + avro.path("name").asText();
            assertThat(fullName).as("record of %s", topic).isEqualTo(RECORD_BY_TOPIC.get(topic));
            Schema generated = SpecificData.get().getSchema(Class.forName(fullName));
            assertThat(generated.getDoc()).as("the generated class reads %s", avsc).isEqualTo(avro.path("doc").asText(null));
            assertThat(fieldNames(generated)).containsExactlyElementsOf(fieldNames(avro));
        }
    }

    @Test
    void shouldKeyEveryMessageByTheDocumentIdInTheConfluentWireFormat() {
        JsonNode kafka = document.path("components").path("messageTraits").path("confluentAvro").path("bindings").path("kafka");

        assertThat(kafka.path("schemaIdPayloadEncoding").asText()).isEqualTo("confluent");
        assertThat(kafka.path("schemaLookupStrategy").asText()).isEqualTo("TopicNameStrategy");
        assertThat(kafka.path("key").path("pattern").asText()).isEqualTo("^[0-9a-f]{64}$");
        document.path("components").path("messages").forEach(message -> assertThat(message.path("traits").toString())
                .contains("#/components/messageTraits/confluentAvro"));
        document.path("operations").forEach(operation -> assertThat(resolve(operation.path("channel")).isMissingNode()).isFalse());
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static List<String> fieldNames(Schema schema) {
        return schema.getFields().stream().map(Schema.Field::name).toList();
    }

    private static List<String> fieldNames(JsonNode avro) {
        List<String> names = new ArrayList<>();
        avro.path("fields").forEach(field -> names.add(field.path("name").asText()));
        return names;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(DOCUMENT));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + DOCUMENT.toAbsolutePath(), e);
        }
    }
}
