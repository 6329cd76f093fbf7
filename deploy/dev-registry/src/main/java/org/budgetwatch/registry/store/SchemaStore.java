package org.budgetwatch.registry.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.budgetwatch.registry.compatibility.CompatibilityChecker;
import org.budgetwatch.registry.compatibility.CompatibilityLevel;

/**
 * The registry's state: subjects and their versions, global schema ids, compatibility levels and modes. Every
 * change goes to the schema log first and is applied after the broker has it, so a restart rebuilds the same ids.
 * One writer at a time (this is a development stand-in with a single instance).
 *
 * <p>Deletes follow Confluent's two steps: a soft delete hides a version (its id still resolves, {@code deleted=true}
 * shows it), a permanent delete of a soft-deleted version erases it from the log.
 */
public final class SchemaStore {

    private final SchemaLog log;
    private final SubjectSettings settings;
    private final Map<String, TreeMap<Integer, SubjectVersion>> subjects = new TreeMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsByCanonicalSchema = new HashMap<>();
    private int highestId;

    public SchemaStore(SchemaLog log, CompatibilityLevel defaultCompatibility) {
        this.log = log;
        this.settings = new SubjectSettings(defaultCompatibility);
    }

    public synchronized void load() {
        log.replay(this::replayed);
    }

    /**
     * @param requestedId      the id to register under, IMPORT mode only
     * @param requestedVersion the version to register as, IMPORT mode only
     */
    public synchronized int register(String subject, String schemaText, Integer requestedId, Integer requestedVersion) {
        Mode mode = settings.mode(subject);
        requireWritable(subject, mode);
        Schema schema = parse(schemaText);
        List<SubjectVersion> live = versionsOf(subject, false);
        for (SubjectVersion existing : live) {
            if (existing.schema().equals(schema)) {
                return existing.id();
            }
        }
        if (mode != Mode.IMPORT && (requestedId != null || requestedVersion != null)) {
            throw RegistryError.notPermitted("Overriding the schema id or version is only permitted in IMPORT mode");
        }
        if (mode != Mode.IMPORT) {
            List<String> problems = CompatibilityChecker.incompatibilities(settings.compatibility(subject), schema,
                    live.stream().map(SubjectVersion::schema).toList());
            if (!problems.isEmpty()) {
                throw RegistryError.incompatible(String.join("; ", problems));
            }
        }
        int id = requestedId != null ? importedId(requestedId, schema)
                : idsByCanonicalSchema.getOrDefault(canonical(schema), highestId + 1);
        TreeMap<Integer, SubjectVersion> versions = subjects.get(subject);
        int version = requestedVersion != null ? requestedVersion
                : versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
        append(SchemaLogEntry.version(subject, version, id, schema.toString()));
        return id;
    }

    public synchronized SubjectVersion lookup(String subject, String schemaText, boolean includeDeleted) {
        Schema schema = parse(schemaText);
        List<SubjectVersion> versions = versionsOf(subject, includeDeleted);
        if (versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return versions.stream().filter(v -> v.schema().equals(schema)).findFirst()
                .orElseThrow(() -> RegistryError.schemaNotFound(null));
    }

    public synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw RegistryError.schemaNotFound(id + "");
        }
        return schema;
    }

    /** The subject versions that carry a schema id. */
    public synchronized List<SubjectVersion> usagesOf(int id, boolean includeDeleted) {
        schemaById(id);
        return allVersions(v -> v.id() == id && (includeDeleted || !v.deleted()));
    }

    /** Every version of every subject, or only the latest of each. */
    public synchronized List<SubjectVersion> schemas(String subjectPrefix, boolean includeDeleted, boolean latestOnly) {
        List<SubjectVersion> found = new ArrayList<>();
        for (String subject : subjects.keySet()) {
            if (subjectPrefix == null || subject.startsWith(subjectPrefix)) {
                List<SubjectVersion> versions = versionsOf(subject, includeDeleted);
                found.addAll(latestOnly && !versions.isEmpty() ? versions.subList(versions.size() - 1, versions.size()) : versions);
            }
        }
        return found;
    }

    public synchronized List<String> subjects(String subjectPrefix, boolean includeDeleted, boolean deletedOnly) {
        return subjects.keySet().stream()
                .filter(s -> subjectPrefix == null || s.startsWith(subjectPrefix))
                .filter(s -> {
                    boolean live = !versionsOf(s, false).isEmpty();
                    return deletedOnly ? !live : live || includeDeleted;
                })
                .toList();
    }

    public synchronized List<Integer> versions(String subject, boolean includeDeleted) {
        List<SubjectVersion> versions = versionsOf(subject, includeDeleted);
        if (versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return versions.stream().map(SubjectVersion::version).toList();
    }

    /** @param version a version number or "latest" (also "-1") */
    public synchronized SubjectVersion version(String subject, String version, boolean includeDeleted) {
        List<SubjectVersion> versions = versionsOf(subject, includeDeleted);
        if (versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        if (isLatest(version)) {
            return versions.get(versions.size() - 1);
        }
        int number = parseVersion(version);
        return versions.stream().filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> RegistryError.versionNotFound(subject, number));
    }

    /**
     * Checks a schema without registering it.
     *
     * @param version the version to check against, or null for the versions the subject's level names (the latest,
     *                every one for a transitive level)
     * @return why the schema is incompatible; empty when it is compatible
     */
    public synchronized List<String> incompatibilities(String subject, String version, String schemaText) {
        Schema schema = parse(schemaText);
        List<SubjectVersion> live = versionsOf(subject, false);
        CompatibilityLevel level = settings.compatibility(subject);
        if (version == null || live.isEmpty() && isLatest(version)) {
            return CompatibilityChecker.incompatibilities(level, schema, live.stream().map(SubjectVersion::schema).toList());
        }
        return CompatibilityChecker.incompatibilities(level, schema, List.of(version(subject, version, false).schema()));
    }

    /** Soft delete (versions stay readable by id) or, after a soft delete, permanent. */
    public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        requireWritable(subject, settings.mode(subject));
        List<SubjectVersion> all = versionsOf(subject, true);
        if (all.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        List<SubjectVersion> live = versionsOf(subject, false);
        List<Integer> deleted = new ArrayList<>();
        if (permanent) {
            if (!live.isEmpty()) {
                throw RegistryError.subjectNotSoftDeleted(subject);
            }
            for (SubjectVersion v : all) {
                erase(v);
                deleted.add(v.version());
            }
            return deleted;
        }
        if (live.isEmpty()) {
            throw RegistryError.subjectSoftDeleted(subject);
        }
        for (SubjectVersion v : live) {
            append(SchemaLogEntry.version(v, true));
            deleted.add(v.version());
        }
        return deleted;
    }

    /** Soft delete of one version or, after a soft delete, permanent; "latest" is the latest live version. */
    public synchronized int deleteVersion(String subject, String version, boolean permanent) {
        requireWritable(subject, settings.mode(subject));
        if (versionsOf(subject, true).isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        SubjectVersion target = version(subject, version, permanent || !isLatest(version));
        if (permanent) {
            if (!target.deleted()) {
                throw RegistryError.versionNotSoftDeleted(subject, target.version());
            }
            erase(target);
        } else if (target.deleted()) {
            throw RegistryError.versionSoftDeleted(subject, target.version());
        } else {
            append(SchemaLogEntry.version(target, true));
        }
        return target.version();
    }

    public synchronized CompatibilityLevel globalCompatibility() {
        return settings.globalCompatibility();
    }

    public synchronized Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        return settings.subjectCompatibility(subject);
    }

    /** @param subject null for the global level */
    public synchronized CompatibilityLevel setCompatibility(String subject, String level) {
        CompatibilityLevel parsed = parseLevel(level);
        append(SchemaLogEntry.config(subject, parsed.name()));
        return parsed;
    }

    /** Removes a subject's level (the global one applies again) or resets the global level; answers the level it had. */
    public synchronized CompatibilityLevel deleteCompatibility(String subject) {
        if (subject == null) {
            CompatibilityLevel previous = settings.globalCompatibility();
            append(SchemaLogEntry.config(null, null));
            return previous;
        }
        CompatibilityLevel previous = settings.subjectCompatibility(subject).orElseThrow(() -> subjects.containsKey(subject)
                ? RegistryError.subjectConfigNotFound(subject) : RegistryError.subjectNotFound(subject));
        erase(SchemaLogEntry.config(subject, null));
        return previous;
    }

    public synchronized Mode globalMode() {
        return settings.globalMode();
    }

    public synchronized Optional<Mode> subjectMode(String subject) {
        return settings.subjectMode(subject);
    }

    /**
     * @param subject null for the global mode
     * @param force   IMPORT even though schemas exist (ids and versions may then collide)
     */
    public synchronized Mode setMode(String subject, String mode, boolean force) {
        Mode parsed = Mode.parse(mode);
        boolean empty = subject == null ? subjects.isEmpty() : versionsOf(subject, true).isEmpty();
        if (parsed == Mode.IMPORT && !empty && !force) {
            throw RegistryError.notPermitted("Cannot import since found existing subjects");
        }
        append(SchemaLogEntry.mode(subject, parsed.name()));
        return parsed;
    }

    /** Removes a subject's mode, so the global mode applies again; answers the mode it had. */
    public synchronized Mode deleteMode(String subject) {
        Mode previous = settings.subjectMode(subject).orElseThrow(() -> RegistryError.subjectModeNotFound(subject));
        erase(SchemaLogEntry.mode(subject, null));
        return previous;
    }

    private void requireWritable(String subject, Mode mode) {
        if (!mode.permitsWrites()) {
            throw RegistryError.notPermitted("Subject " + subject + " is in read-only mode");
        }
    }

    private int importedId(int requestedId, Schema schema) {
        Schema existing = schemasById.get(requestedId);
        if (existing != null && !existing.equals(schema)) {
            throw RegistryError.notPermitted("Overwrite new schema with id " + requestedId + " is not permitted.");
        }
        return requestedId;
    }

    private void append(SchemaLogEntry entry) {
        log.append(entry);
        apply(entry);
    }

    private void erase(SubjectVersion version) {
        SchemaLogEntry entry = SchemaLogEntry.version(version, true);
        log.erase(entry);
        remove(entry);
    }

    private void erase(SchemaLogEntry setting) {
        log.erase(setting);
        settings.erase(setting);
    }

    private void replayed(SchemaLogEntry key, SchemaLogEntry entry) {
        if (entry != null) {
            apply(entry);
        } else if (SchemaLogEntry.SCHEMA.equals(key.keytype())) {
            remove(key);
        } else {
            settings.erase(key);
        }
    }

    private void apply(SchemaLogEntry entry) {
        if (!SchemaLogEntry.SCHEMA.equals(entry.keytype())) {
            settings.apply(entry);
            return;
        }
        Schema schema = new Schema.Parser().parse(entry.schema());
        schemasById.putIfAbsent(entry.id(), schema);
        idsByCanonicalSchema.putIfAbsent(canonical(schema), entry.id());
        highestId = Math.max(highestId, entry.id());
        subjects.computeIfAbsent(entry.subject(), s -> new TreeMap<>())
                .put(entry.version(), new SubjectVersion(entry.subject(), entry.version(), entry.id(), schema,
                        Boolean.TRUE.equals(entry.deleted())));
    }

    /**
     * A permanently deleted version; its id no longer resolves once no version carries it. highestId stays, so an
     * id is not handed out again while this registry runs.
     */
    private void remove(SchemaLogEntry key) {
        TreeMap<Integer, SubjectVersion> versions = subjects.get(key.subject());
        SubjectVersion removed = versions == null ? null : versions.remove(key.version());
        if (versions != null && versions.isEmpty()) {
            subjects.remove(key.subject());
        }
        if (removed != null && allVersions(v -> v.id() == removed.id()).isEmpty()) {
            schemasById.remove(removed.id());
            idsByCanonicalSchema.remove(canonical(removed.schema()));
        }
    }

    private List<SubjectVersion> allVersions(Predicate<SubjectVersion> filter) {
        return subjects.values().stream().flatMap(v -> v.values().stream()).filter(filter).toList();
    }

    private List<SubjectVersion> versionsOf(String subject, boolean includeDeleted) {
        TreeMap<Integer, SubjectVersion> versions = subjects.get(subject);
        return versions == null ? List.of()
                : versions.values().stream().filter(v -> includeDeleted || !v.deleted()).toList();
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
