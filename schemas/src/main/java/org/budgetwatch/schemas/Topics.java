package org.budgetwatch.schemas;

import java.util.List;

/**
 * The topic catalogue: every topic budgetwatch reads or writes, and the record each carries.
 * Services name topics through their application.yml; these constants are for clients, tests and tools.
 */
public final class Topics {

    /** Crawler submissions (DisclosureSubmission), an alternative to the HTTP API. */
    public static final String SUBMISSIONS = "disclosures.submissions.v1";
    /** Accepted documents (RawDocument), keyed by documentId, one per distinct content. */
    public static final String RAW = "disclosures.raw.v1";
    /** Extraction results (DocumentTables), keyed by documentId. */
    public static final String TABLES = "disclosures.tables.v1";
    /** One validation report per document (ValidationReport), keyed by documentId. */
    public static final String DISCREPANCIES = "disclosures.discrepancies.v1";
    /** Documents a stage could not process (Rejection), keyed by documentId. */
    public static final String REJECTED = "disclosures.rejected.v1";
    /** Schemas of the development registry (compacted). */
    public static final String SCHEMAS = "_schemas";

    public static final List<String> PIPELINE = List.of(SUBMISSIONS, RAW, TABLES, DISCREPANCIES, REJECTED);

    private Topics() {
    }
}
