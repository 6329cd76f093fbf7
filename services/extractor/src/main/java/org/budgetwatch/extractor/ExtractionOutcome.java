package org.budgetwatch.extractor;

import org.apache.avro.specific.SpecificRecord;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.tables.DocumentTables;

/** How a raw document ended in the extractor: its tables, or its rejection with a reason. Never both, never neither. */
public sealed interface ExtractionOutcome {

    /** The event to publish: a {@link DocumentTables} or a {@link Rejection}. */
    SpecificRecord event();

    record Extracted(DocumentTables tables) implements ExtractionOutcome {
        @Override
        public SpecificRecord event() {
            return tables;
        }
    }

    record Rejected(Rejection rejection) implements ExtractionOutcome {
        @Override
        public SpecificRecord event() {
            return rejection;
        }
    }
}
