package org.budgetwatch.registry.store;

/** Confluent's registry modes: who may write schemas. */
public enum Mode {
    /** the default: schemas are registered and deleted as usual */
    READWRITE,
    /** nothing may be registered or deleted */
    READONLY,
    /** read-only, and the setting itself may not be changed at subject level */
    READONLY_OVERRIDE,
    /** schemas are registered with the id and version the request gives (migrating another registry's state) */
    IMPORT;

    boolean permitsWrites() {
        return this == READWRITE || this == IMPORT;
    }

    static Mode parse(String mode) {
        try {
            return Mode.valueOf(mode == null ? "" : mode.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw RegistryError.invalidMode(mode);
        }
    }
}
