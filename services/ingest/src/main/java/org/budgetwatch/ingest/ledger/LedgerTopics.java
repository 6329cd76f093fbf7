package org.budgetwatch.ingest.ledger;

import java.util.List;

/** The topics the ledger reads (every service creates them at start-up when missing: TopicProvisioning). */
public record LedgerTopics(String raw, String tables, String discrepancies, String rejected) {

    List<String> all() {
        return List.of(raw, tables, discrepancies, rejected);
    }
}
