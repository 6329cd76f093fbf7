package org.budgetwatch.registry.api;

import java.util.List;
import org.budgetwatch.registry.store.RegistryError;

/** Bodies of the registry's requests, as Confluent's clients send them. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * Body of register, lookup and compatibility calls. Only AVRO schemas without references are accepted; id and
     * version are honoured in IMPORT mode.
     */
    record SchemaRequest(String schema, String schemaType, List<Object> references, Integer id, Integer version) {
        String avroSchema() {
            if (schemaType != null && !"AVRO".equalsIgnoreCase(schemaType)) {
                throw RegistryError.invalidSchema("schemaType " + schemaType + " is not supported by the dev registry (AVRO only)");
            }
            if (references != null && !references.isEmpty()) {
                throw RegistryError.invalidSchema("schema references are not supported by the dev registry");
            }
            return schema;
        }
    }

    /** Body of PUT /config: {"compatibility": "FULL"}. */
    record ConfigRequest(String compatibility) {
    }

    /** Body of PUT /mode: {"mode": "READONLY"}. */
    record ModeRequest(String mode) {
    }
}
