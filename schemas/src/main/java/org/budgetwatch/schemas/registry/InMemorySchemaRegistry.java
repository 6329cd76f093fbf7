package org.budgetwatch.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A registry held in memory for a {@code mock://scope} URL, as Confluent's serdes offer for unit tests.
 * Clients given the same scope share one registry. It does not check compatibility.
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {

    private static final Map<String, InMemorySchemaRegistry> SCOPES = new ConcurrentHashMap<>();

    private final Map<String, List<Integer>> versionsBySubject = new HashMap<>();
    private final List<Schema> schemasById = new ArrayList<>();

    public static InMemorySchemaRegistry forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistry());
    }

    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        int id = idOf(schema);
        if (id < 0) {
            schemasById.add(schema);
            id = schemasById.size();
        }
        List<Integer> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(id)) {
            versions.add(id);
        }
        return id;
    }

    @Override
    public synchronized int lookup(String subject, Schema schema) {
        List<Integer> versions = versionsBySubject.get(subject);
        if (versions == null) {
            throw new SchemaRegistryException(404, 40401, "Subject '" + subject + "' not found.");
        }
        int id = idOf(schema);
        if (id < 0 || !versions.contains(id)) {
            throw new SchemaRegistryException(404, 40403, "Schema not found");
        }
        return id;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        List<Integer> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SchemaRegistryException(404, 40401, "Subject '" + subject + "' not found.");
        }
        int id = versions.get(versions.size() - 1);
        return new RegisteredSchema(subject, id, versions.size(), schemasById.get(id - 1));
    }

    @Override
    public synchronized Schema byId(int id) {
        if (id < 1 || id > schemasById.size()) {
            throw new SchemaRegistryException(404, 40403, "Schema " + id + " not found");
        }
        return schemasById.get(id - 1);
    }

    private int idOf(Schema schema) {
        int index = schemasById.indexOf(schema);
        return index < 0 ? -1 : index + 1;
    }
}
