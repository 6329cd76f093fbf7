package org.budgetwatch.registry.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.budgetwatch.registry.compatibility.CompatibilityChecker;
import org.budgetwatch.registry.compatibility.CompatibilityLevel;

/**
 * The registry's state: subjects and their versions, global schema ids, compatibility settings. Every change
 * goes to the schema log first and is applied after the broker has it, so a restart rebuilds the same ids.
 * One writer at a time (this is a development stand-in with a single instance).
 */
public final class SchemaStore {

    private final SchemaLog log;
    private final CompatibilityLevel defaultCompatibility;
    private final Map<String, TreeMap<Integer, SubjectVersion>> subjects = new TreeMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsByCanonicalSchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectCompatibility = new HashMap<>();
    private CompatibilityLevel globalCompatibility;

    public SchemaStore(SchemaLog log, CompatibilityLevel defaultCompatibility) {
        this.log = log;
        this.defaultCompatibility = defaultCompatibility;
        this.globalCompatibility = defaultCompatibility;
    }

    public synchronized void load() {
        log.replay(this::replayed);
    }

    public synchronized int register(String subject, String schemaText) {
        Schema schema = parse(schemaText);
        List<SubjectVersion> live = liveVersions(subject);
        for (SubjectVersion existing : live) {
            if (existing.schema().equals(schema)) {
                return existing.id();
            }
        }
        List<String> problems = CompatibilityChecker.incompatibilities(compatibility(subject), schema,
                live.stream().map(SubjectVersion::schema).toList());
        if (!problems.isEmpty()) {
            throw RegistryError.incompatible(String.join("; ", problems));
        }
        int id = idsByCanonicalSchema.getOrDefault(canonical(schema), schemasById.size() + 1);
        TreeMap<Integer, SubjectVersion> versions = subjects.get(subject);
        int version = versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
        append(SchemaLogEntry.version(subject, version, id, schema.toString(), false));
        return id;
    }

    public synchronized SubjectVersion lookup(String subject, String schemaText) {
        Schema schema = parse(schemaText);
        List<SubjectVersion> live = liveVersions(subject);
        if (live.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return live.stream().filter(v -> v.schema().equals(schema)).findFirst()
                .orElseThrow(() -> RegistryError.schemaNotFound(null));
    }

    public synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw RegistryError.schemaNotFound("schema " + id + " not found");
        }
        return schema;
    }

    public synchronized List<SubjectVersion> usagesOf(int id) {
        schemaById(id);
        return subjects.values().stream().flatMap(v -> v.values().stream())
                .filter(v -> v.id() == id && !v.deleted()).toList();
    }

    public synchronized List<String> subjects() {
        return subjects.keySet().stream().filter(s -> !liveVersions(s).isEmpty()).toList();
    }

    public synchronized List<Integer> versions(String subject) {
        List<SubjectVersion> live = liveVersions(subject);
        if (live.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return live.stream().map(SubjectVersion::version).toList();
    }

    /** @param version a version number or "latest" (also "-1") */
    public synchronized SubjectVersion version(String subject, String version) {
        List<SubjectVersion> live = liveVersions(subject);
        if (live.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        if (isLatest(version)) {
            return live.get(live.size() - 1);
        }
        int number = parseVersion(version);
        return live.stream().filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> RegistryError.versionNotFound(subject, number));
    }

    public synchronized boolean isCompatible(String subject, String version, String schemaText) {
        Schema schema = parse(schemaText);
        List<SubjectVersion> live = liveVersions(subject);
        if (live.isEmpty()) {
            if (isLatest(version)) {
                return true;
            }
            throw RegistryError.subjectNotFound(subject);
        }
        CompatibilityLevel level = compatibility(subject);
        List<Schema> against = level.transitive()
                ? live.stream().map(SubjectVersion::schema).toList()
                : List.of(version(subject, version).schema());
        return CompatibilityChecker.incompatibilities(level, schema, against).isEmpty();
    }

    /** Soft delete (versions stay readable by id) or, after a soft delete, permanent. */
    public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        TreeMap<Integer, SubjectVersion> versions = subjects.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        List<Integer> deleted = new ArrayList<>();
        if (permanent) {
            if (!liveVersions(subject).isEmpty()) {
                throw new RegistryError(409, 40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
            }
            for (SubjectVersion v : List.copyOf(versions.values())) {
                log.erase(SchemaLogEntry.version(subject, v.version(), v.id(), v.schema().toString(), true));
                deleted.add(v.version());
            }
            subjects.remove(subject);
            return deleted;
        }
        for (SubjectVersion v : liveVersions(subject)) {
            append(SchemaLogEntry.version(subject, v.version(), v.id(), v.schema().toString(), true));
            deleted.add(v.version());
        }
        return deleted;
    }

    public synchronized CompatibilityLevel globalCompatibility() {
        return globalCompatibility;
    }

    public synchronized Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        return Optional.ofNullable(subjectCompatibility.get(subject));
    }

    public synchronized CompatibilityLevel setCompatibility(String subject, String level) {
        CompatibilityLevel parsed = parseLevel(level);
        append(SchemaLogEntry.config(subject, parsed.name()));
        return parsed;
    }

    private CompatibilityLevel compatibility(String subject) {
        return subjectCompatibility.getOrDefault(subject, globalCompatibility);
    }

    private void append(SchemaLogEntry entry) {
        log.append(entry);
        apply(entry);
    }

    private void replayed(SchemaLogEntry key, SchemaLogEntry entry) {
        if (entry != null) {
            apply(entry);
        } else if (SchemaLogEntry.SCHEMA.equals(key.keytype()) && subjects.containsKey(key.subject())) {
            subjects.get(key.subject()).remove(key.version());
        } else if (SchemaLogEntry.CONFIG.equals(key.keytype()) && key.subject() != null) {
            subjectCompatibility.remove(key.subject());
        }
    }

    private void apply(SchemaLogEntry entry) {
        if (SchemaLogEntry.CONFIG.equals(entry.keytype())) {
            CompatibilityLevel level = entry.compatibilityLevel() == null ? null : CompatibilityLevel.valueOf(entry.compatibilityLevel());
            if (entry.subject() == null) {
                globalCompatibility = level == null ? defaultCompatibility : level;
            } else if (level == null) {
                subjectCompatibility.remove(entry.subject());
            } else {
                subjectCompatibility.put(entry.subject(), level);
            }
            return;
        }
        Schema schema = new Schema.Parser().parse(entry.schema());
        schemasById.putIfAbsent(entry.id(), schema);
        idsByCanonicalSchema.putIfAbsent(canonical(schema), entry.id());
        subjects.computeIfAbsent(entry.subject(), s -> new TreeMap<>())
                .put(entry.version(), new SubjectVersion(entry.subject(), entry.version(), entry.id(), schema,
                        Boolean.TRUE.equals(entry.deleted())));
    }

    private List<SubjectVersion> liveVersions(String subject) {
        TreeMap<Integer, SubjectVersion> versions = subjects.get(subject);
        return versions == null ? List.of() : versions.values().stream().filter(v -> !v.deleted()).toList();
    }

    private static Schema parse(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw RegistryError.invalidSchema("empty schema");
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (SchemaParseException | NullPointerException e) {
            throw RegistryError.invalidSchema(e.getMessage());
        }
    }

    private static String canonical(Schema schema) {
        return schema.toString();
    }

    private static boolean isLatest(String version) {
        return "latest".equalsIgnoreCase(version) || "-1".equals(version);
    }

    private static int parseVersion(String version) {
        try {
            int number = Integer.parseInt(version);
            if (number < 1) {
                throw RegistryError.invalidVersion(version);
            }
            return number;
        } catch (NumberFormatException e) {
            throw RegistryError.invalidVersion(version);
        }
    }

    private static CompatibilityLevel parseLevel(String level) {
        try {
            return CompatibilityLevel.valueOf(level == null ? "" : level.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw RegistryError.invalidCompatibility(level);
        }
    }
}
