package org.budgetwatch.schemas.registry;

import org.apache.avro.Schema;

/** The part of the Confluent Schema Registry API that the serde needs. */
public interface SchemaRegistryClient {

    /** Registers the schema under the subject (or finds it there) and returns its global id. */
    int register(String subject, Schema schema);

    /** The id of a schema already registered under the subject; fails with 40401/40403 when it is not. */
    int lookup(String subject, Schema schema);

    /** The latest version registered under the subject. */
    RegisteredSchema latest(String subject);

    /** The schema with this global id. */
    Schema byId(int id);
}
