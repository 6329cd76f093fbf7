package org.budgetwatch.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.budgetwatch.schemas.registry.RegisteredSchema;
import org.budgetwatch.schemas.registry.SchemaRegistryClient;
import org.budgetwatch.schemas.registry.SchemaRegistryClients;

/**
 * Writes Avro records in the Confluent wire format, registering (or looking up) their schema under the
 * subject {@code <topic>-value} or {@code <topic>-key}. Readable by Confluent's KafkaAvroDeserializer.
 */
public class ConfluentAvroSerializer implements Serializer<Object> {

    private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;
    private AvroSerdeConfig config;
    private boolean isKey;

    public ConfluentAvroSerializer() {
    }

    /** For tests and tools that hold a client already. */
    public ConfluentAvroSerializer(SchemaRegistryClient registry, AvroSerdeConfig config, boolean isKey) {
        this.registry = registry;
        this.config = config;
        this.isKey = isKey;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = AvroSerdeConfig.from(configs);
        this.isKey = isKey;
        this.registry = SchemaRegistryClients.create(config.registryUrls(), config.basicAuthCredentialsSource(),
                config.basicAuthUserInfo(), config.identityMapCapacity());
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (!(data instanceof GenericContainer container)) {
            throw new SerializationException("Cannot write " + data.getClass().getName() + " as Avro: not an Avro record");
        }
        Schema schema = container.getSchema();
        String subject = SubjectNames.topicName(topic, isKey);
        try {
            int id = schemaId(subject, schema);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writerFor(data, schema).write(data, encoder);
            encoder.flush();
            return WireFormat.frame(id, out.toByteArray());
        } catch (IOException | RuntimeException e) {
            if (e instanceof SerializationException se) {
                throw se;
            }
            throw new SerializationException("Could not serialize " + schema.getFullName() + " for subject " + subject + ": " + e.getMessage(), e);
        }
    }

    private int schemaId(String subject, Schema schema) {
        if (config.autoRegisterSchemas()) {
            return registry.register(subject, schema);
        }
        if (config.useLatestVersion()) {
            RegisteredSchema latest = registry.latest(subject);
            if (!latest.schema().equals(schema)) {
                throw new SerializationException("use.latest.version: the latest schema of " + subject + " (id " + latest.id()
                        + ") differs from the schema of the record being written");
            }
            return latest.id();
        }
        return registry.lookup(subject, schema);
    }

    /**
     * Generated classes write themselves (Avro's custom coders, several times faster than the reflective path for
     * tables of thousands of cells); the bytes are the same.
     */
    @SuppressWarnings("unchecked")
    private DatumWriter<Object> writerFor(Object data, Schema schema) {
        return writers.computeIfAbsent(schema, s -> {
            if (data instanceof SpecificRecord) {
                SpecificData model = new SpecificData(data.getClass().getClassLoader());
                model.setCustomCoders(true);
                return (DatumWriter<Object>) new SpecificDatumWriter<>(s, model);
            }
            return new GenericDatumWriter<>(s);
        });
    }
}
