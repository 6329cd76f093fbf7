package org.budgetwatch.registry.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.budgetwatch.registry.compatibility.CompatibilityLevel;

/** Compatibility levels and modes, global and per subject, as the schema log last set them. */
final class SubjectSettings {

    private final CompatibilityLevel defaultCompatibility;
    private final Map<String, CompatibilityLevel> subjectCompatibility = new HashMap<>();
    private final Map<String, Mode> subjectModes = new HashMap<>();
    private CompatibilityLevel globalCompatibility;
    private Mode globalMode = Mode.READWRITE;

    SubjectSettings(CompatibilityLevel defaultCompatibility) {
        this.defaultCompatibility = defaultCompatibility;
        this.globalCompatibility = defaultCompatibility;
    }

    CompatibilityLevel globalCompatibility() {
        return globalCompatibility;
    }

    Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        return Optional.ofNullable(subjectCompatibility.get(subject));
    }

    CompatibilityLevel compatibility(String subject) {
        return subjectCompatibility.getOrDefault(subject, globalCompatibility);
    }

    Mode globalMode() {
        return globalMode;
    }

    Optional<Mode> subjectMode(String subject) {
        return Optional.ofNullable(subjectModes.get(subject));
    }

    Mode mode(String subject) {
        return subjectModes.getOrDefault(subject, globalMode);
    }

    /** Applies a CONFIG or MODE entry of the schema log; a null value resets the setting. */
    void apply(SchemaLogEntry entry) {
        if (SchemaLogEntry.CONFIG.equals(entry.keytype())) {
            CompatibilityLevel level = entry.compatibilityLevel() == null ? null : CompatibilityLevel.valueOf(entry.compatibilityLevel());
            if (entry.subject() == null) {
                globalCompatibility = level == null ? defaultCompatibility : level;
            } else {
                put(subjectCompatibility, entry.subject(), level);
            }
        } else if (SchemaLogEntry.MODE.equals(entry.keytype())) {
            Mode mode = entry.mode() == null ? null : Mode.valueOf(entry.mode());
            if (entry.subject() == null) {
                globalMode = mode == null ? Mode.READWRITE : mode;
            } else {
                put(subjectModes, entry.subject(), mode);
            }
        }
    }

    /** A tombstone for a setting's key: the setting is gone, the default applies. */
    void erase(SchemaLogEntry key) {
        apply(new SchemaLogEntry(key.keytype(), key.subject(), null, null, null, null, null, null));
    }

    private static <T> void put(Map<String, T> settings, String subject, T value) {
        if (value == null) {
            settings.remove(subject);
        } else {
            settings.put(subject, value);
        }
    }
}
