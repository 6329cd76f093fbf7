package org.budgetwatch.schemas.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Caches ids and schemas, which never change once assigned, so that a running serde asks the registry
 * once per schema. The latest version is not cached: it can move.
 */
public final class CachingSchemaRegistryClient implements SchemaRegistryClient {

    private final SchemaRegistryClient delegate;
    private final int capacity;
    private final Map<SubjectSchema, Integer> registered = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> lookedUp = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> byId = new ConcurrentHashMap<>();

    public CachingSchemaRegistryClient(SchemaRegistryClient delegate, int capacity) {
        this.delegate = delegate;
        this.capacity = capacity;
    }

    @Override
    public int register(String subject, Schema schema) {
        return cached(registered, subject, schema, () -> delegate.register(subject, schema));
    }

    @Override
    public int lookup(String subject, Schema schema) {
        return cached(lookedUp, subject, schema, () -> delegate.lookup(subject, schema));
    }

    @Override
    public RegisteredSchema latest(String subject) {
        RegisteredSchema latest = delegate.latest(subject);
        remember(latest.id(), latest.schema());
        return latest;
    }

    @Override
    public Schema byId(int id) {
        Schema schema = byId.get(id);
        if (schema == null) {
            schema = delegate.byId(id);
            remember(id, schema);
        }
        return schema;
    }

    /**
     * A cache key: Schema hashes once and compares by identity first, so the key costs nothing for the schema of a
     * generated class, which is the same object on every call (its JSON text, rebuilt on every call, did cost).
     */
    private record SubjectSchema(String subject, Schema schema) {
    }

    private int cached(Map<SubjectSchema, Integer> cache, String subject, Schema schema, java.util.function.IntSupplier call) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer id = cache.get(key);
        if (id == null) {
            id = call.getAsInt();
            if (cache.size() < capacity) {
                cache.put(key, id);
            }
            remember(id, schema);
        }
        return id;
    }

    private void remember(int id, Schema schema) {
        if (byId.size() < capacity) {
            byId.putIfAbsent(id, schema);
        }
    }
}
