package org.budgetwatch.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.schemas.registry.InMemorySchemaRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfluentAvroSerdeTest {

    private static final String SCOPE = "serde-test";
    private static final Map<String, Object> CONFIG = Map.of(
            AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
            AvroSerdeConfig.SPECIFIC_AVRO_READER, "true");

    @AfterEach
    void dropRegistry() {
        InMemorySchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void shouldFrameRecordsInTheConfluentWireFormat() throws IOException {
        Rejection rejection = rejection();
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(CONFIG, false);

        byte[] bytes = serializer.serialize("disclosures.rejected.v1", rejection);

        // decoded by hand: magic byte, 4-byte big-endian schema id, then plain Avro binary
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        assertThat(buffer.get()).isEqualTo((byte) 0);
        int id = buffer.getInt();
        Schema registered = InMemorySchemaRegistry.forScope(SCOPE).byId(id);
        assertThat(registered).isEqualTo(Rejection.getClassSchema());
        assertThat(InMemorySchemaRegistry.forScope(SCOPE).latest("disclosures.rejected.v1-value").id()).isEqualTo(id);
        GenericRecord decoded = new GenericDatumReader<GenericRecord>(registered)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertThat(decoded.get("documentId").toString()).isEqualTo("abc");
        assertThat(decoded.get("message").toString()).isEqualTo("no tables");
    }

    @Test
    void shouldReadBackTheGeneratedClassWhenSpecificReaderIsOn() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(CONFIG, false);
        ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer();
        deserializer.configure(CONFIG, false);
        RawDocument raw = RawDocument.newBuilder().setDocumentId("d1").setFileName("a.txt").setMediaType("text/plain")
                .setSizeBytes(3).setContent(ByteBuffer.wrap(new byte[] {1, 2, 3})).setChannel(SubmissionChannel.HTTP)
                .setFirstSeen(Instant.ofEpochMilli(1_700_000_000_000L)).build();

        Object read = deserializer.deserialize("disclosures.raw.v1", serializer.serialize("disclosures.raw.v1", raw));

        assertThat(read).isInstanceOf(RawDocument.class).isEqualTo(raw);
    }

    @Test
    void shouldReadARecordWrittenWithAnOlderSchemaVersionIntoTheCurrentClass() throws IOException {
        Schema older;
        try (InputStream in = getClass().getResourceAsStream("/serde/rejection-v0.avsc")) {
            older = new Schema.Parser().parse(in);
        }
        GenericRecord old = new GenericData.Record(older);
        old.put("documentId", "old-doc");
        old.put("stage", new GenericData.EnumSymbol(older.getField("stage").schema(), "EXTRACTION"));
        old.put("reason", new GenericData.EnumSymbol(older.getField("reason").schema(), "NO_TABLES"));
        old.put("message", "written by an older producer");
        old.put("rejectedAt", 1_700_000_000_000L);
        ConfluentAvroSerializer oldProducer = new ConfluentAvroSerializer();
        oldProducer.configure(CONFIG, false);
        byte[] bytes = oldProducer.serialize("disclosures.rejected.v1", old);
        ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer();
        deserializer.configure(CONFIG, false);

        Rejection read = (Rejection) deserializer.deserialize("disclosures.rejected.v1", bytes);

        assertThat(read.getDocumentId()).isEqualTo("old-doc");
        assertThat(read.getFileName()).as("field added later takes its default").isNull();
        assertThat(read.getReason()).isEqualTo(RejectionReason.NO_TABLES);
        assertThat(read.getRejectedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    }

    @Test
    void shouldRefusePayloadsThatAreNotInTheWireFormat() {
        ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer();
        deserializer.configure(CONFIG, false);

        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {1, 0, 0, 0, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("magic byte");
        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0, 0, 0, 42, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("schema id 42");
    }

    @Test
    void shouldLookUpInsteadOfRegisteringWhenAutoRegisterIsOff() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false"), false);

        assertThatThrownBy(() -> serializer.serialize("disclosures.rejected.v1", rejection()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("not found");
    }

    private static Rejection rejection() {
        return Rejection.newBuilder().setDocumentId("abc").setStage(Stage.EXTRACTION).setReason(RejectionReason.NO_TABLES)
                .setMessage("no tables").setRejectedAt(Instant.ofEpochMilli(1_700_000_000_000L)).build();
    }
}
