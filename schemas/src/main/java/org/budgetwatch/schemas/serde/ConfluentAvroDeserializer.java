package org.budgetwatch.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.budgetwatch.schemas.registry.SchemaRegistryClient;
import org.budgetwatch.schemas.registry.SchemaRegistryClients;

/**
 * Reads records in the Confluent wire format. The writer's schema comes from the registry by id; with
 * {@code specific.avro.reader=true} the record is resolved into the generated class on the classpath (so a
 * record written with an older schema version reads into the current class), otherwise a GenericRecord.
 */
public class ConfluentAvroDeserializer implements Deserializer<Object> {

    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;
    private boolean specificReader;

    public ConfluentAvroDeserializer() {
    }

    /** For tests and tools that hold a client already. */
    public ConfluentAvroDeserializer(SchemaRegistryClient registry, boolean specificReader) {
        this.registry = registry;
        this.specificReader = specificReader;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = AvroSerdeConfig.from(configs);
        this.specificReader = config.specificAvroReader();
        this.registry = SchemaRegistryClients.create(config.registryUrls(), config.basicAuthCredentialsSource(),
                config.basicAuthUserInfo(), config.identityMapCapacity());
    }

    @Override
    public Object deserialize(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        int id = WireFormat.schemaId(payload);
        try {
            DatumReader<Object> reader = readers.computeIfAbsent(id, this::readerFor);
            return reader.read(null, DecoderFactory.get().binaryDecoder(payload, WireFormat.HEADER_SIZE,
                    payload.length - WireFormat.HEADER_SIZE, null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Could not deserialize a record of topic " + topic + " with schema id " + id
                    + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private DatumReader<Object> readerFor(int id) {
        Schema writer = registry.byId(id);
        if (specificReader && writer.getType() == Schema.Type.RECORD) {
            Class<?> generated = generatedClass(writer.getFullName());
            if (generated != null) {
                SpecificData model = SpecificData.getForClass(generated);
                Schema reader = model.getSchema(generated);
                return (DatumReader<Object>) new SpecificDatumReader<>(writer, reader, model);
            }
        }
        return new GenericDatumReader<>(writer, writer, GenericData.get());
    }

    /**
     * The generated class for a record name, looked up directly: Avro's own lookup only loads classes from
     * packages trusted through a system property. Only SpecificRecord classes are accepted.
     */
    private static Class<?> generatedClass(String fullName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (ClassLoader candidate : new ClassLoader[] {loader, ConfluentAvroDeserializer.class.getClassLoader()}) {
            if (candidate == null) {
                continue;
            }
            try {
                Class<?> type = Class.forName(fullName, false, candidate);
                return SpecificRecord.class.isAssignableFrom(type) ? type : null;
            } catch (ClassNotFoundException e) {
                // try the next loader
            }
        }
        return null;
    }
}
