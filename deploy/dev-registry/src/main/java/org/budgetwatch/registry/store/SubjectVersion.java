package org.budgetwatch.registry.store;

import org.apache.avro.Schema;

/** One registered version of a subject; a soft-deleted one stays readable by id and with ?deleted=true. */
public record SubjectVersion(String subject, int version, int id, Schema schema, boolean deleted) {
}
