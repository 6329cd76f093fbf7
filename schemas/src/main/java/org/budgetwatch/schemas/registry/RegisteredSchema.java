package org.budgetwatch.schemas.registry;

import org.apache.avro.Schema;

public record RegisteredSchema(String subject, int id, int version, Schema schema) {
}
