package org.budgetwatch.ingest.ledger;

import java.util.List;

/** The topics the ledger reads, and how to create them when a fresh cluster lacks them. */
public record LedgerTopics(String raw, String tables, String discrepancies, String rejected, int partitions,
                           short replicationFactor) {

    List<String> all() {
        return List.of(raw, tables, discrepancies, rejected);
    }
}
