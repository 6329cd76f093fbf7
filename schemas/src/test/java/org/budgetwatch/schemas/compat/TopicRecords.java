package org.budgetwatch.schemas.compat;

import java.util.List;
import org.apache.avro.Schema;
import org.budgetwatch.contracts.raw.DisclosureSubmission;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ValidationReport;

/** The record of every topic: the schemas whose evolution must stay backward compatible. */
final class TopicRecords {

    static final List<Schema> SCHEMAS = List.of(DisclosureSubmission.getClassSchema(), RawDocument.getClassSchema(),
            DocumentTables.getClassSchema(), ValidationReport.getClassSchema(), Rejection.getClassSchema());

    private TopicRecords() {
    }
}
