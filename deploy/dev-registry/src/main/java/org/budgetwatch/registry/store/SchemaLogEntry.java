package org.budgetwatch.registry.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One change in the schema log, in the spirit of Confluent's own _schemas records: a subject version
 * (keytype SCHEMA), a compatibility setting (CONFIG) or a mode (MODE); subject null for the global settings.
 * A setting without a value resets it to the default.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchemaLogEntry(
        String keytype,
        String subject,
        Integer version,
        Integer id,
        String schema,
        Boolean deleted,
        String compatibilityLevel,
        String mode) {

    static final String SCHEMA = "SCHEMA";
    static final String CONFIG = "CONFIG";
    static final String MODE = "MODE";

    static SchemaLogEntry version(SubjectVersion v, boolean deleted) {
        return new SchemaLogEntry(SCHEMA, v.subject(), v.version(), v.id(), v.schema().toString(), deleted, null, null);
    }

    static SchemaLogEntry version(String subject, int version, int id, String schema) {
        return new SchemaLogEntry(SCHEMA, subject, version, id, schema, false, null, null);
    }

    static SchemaLogEntry config(String subject, String compatibilityLevel) {
        return new SchemaLogEntry(CONFIG, subject, null, null, null, null, compatibilityLevel, null);
    }

    static SchemaLogEntry mode(String subject, String mode) {
        return new SchemaLogEntry(MODE, subject, null, null, null, null, null, mode);
    }

    /** The compaction key: one live record per subject version and per setting and scope. */
    String key() {
        return SCHEMA.equals(keytype)
                ? "{\"keytype\":\"SCHEMA\",\"subject\":" + quote(subject) + ",\"version\":" + version + "}"
                : "{\"keytype\":\"" + keytype + "\",\"subject\":" + (subject == null ? "null" : quote(subject)) + "}";
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
