package org.budgetwatch.registry.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One change in the schema log, in the spirit of Confluent's own _schemas records: a subject version
 * (keytype SCHEMA) or a compatibility setting (keytype CONFIG; subject null for the global one).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record SchemaLogEntry(
        String keytype,
        String subject,
        Integer version,
        Integer id,
        String schema,
        Boolean deleted,
        String compatibilityLevel) {

    static final String SCHEMA = "SCHEMA";
    static final String CONFIG = "CONFIG";

    static SchemaLogEntry version(String subject, int version, int id, String schema, boolean deleted) {
        return new SchemaLogEntry(SCHEMA, subject, version, id, schema, deleted, null);
    }

    static SchemaLogEntry config(String subject, String compatibilityLevel) {
        return new SchemaLogEntry(CONFIG, subject, null, null, null, null, compatibilityLevel);
    }

    /** The compaction key: one live record per subject version and per config scope. */
    String key() {
        return SCHEMA.equals(keytype)
                ? "{\"keytype\":\"SCHEMA\",\"subject\":" + quote(subject) + ",\"version\":" + version + "}"
                : "{\"keytype\":\"CONFIG\",\"subject\":" + (subject == null ? "null" : quote(subject)) + "}";
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
