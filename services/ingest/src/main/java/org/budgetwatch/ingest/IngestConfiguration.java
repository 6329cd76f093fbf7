package org.budgetwatch.ingest;

import java.time.Clock;
import org.budgetwatch.ingest.content.ContentStoreKeeper;
import org.budgetwatch.ingest.ledger.DisclosureLedger;
import org.budgetwatch.ingest.ledger.LedgerTopics;
import org.budgetwatch.schemas.claimcheck.ContentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ContentStore contentStore(IngestSettings settings) {
        return new ContentStore(settings.contentStore());
    }

    @Bean
    ContentStoreKeeper contentStoreKeeper(ContentStore store, DisclosureLedger ledger, IngestSettings settings, Clock clock) {
        return new ContentStoreKeeper(store, ledger, settings, clock);
    }

    @Bean
    DisclosureLedger disclosureLedger(IngestSettings settings,
                                      @Value("${budgetwatch.kafka.bootstrap-servers}") String bootstrapServers,
                                      @Value("${budgetwatch.kafka.schema-registry-url}") String registryUrl,
                                      @Value("${budgetwatch.topics.raw}") String raw,
                                      @Value("${budgetwatch.topics.tables}") String tables,
                                      @Value("${budgetwatch.topics.discrepancies}") String discrepancies,
                                      @Value("${budgetwatch.topics.rejected}") String rejected,
                                      org.springframework.core.env.Environment environment) {
        // the ledger's own consumer connects the way the binder does (security.protocol, sasl.*, ssl.* …)
        java.util.Map<String, String> clientSettings = org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("spring.cloud.stream.kafka.binder.configuration",
                        org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class, String.class))
                .orElse(java.util.Map.of());
        return new DisclosureLedger(new LedgerTopics(raw, tables, discrepancies, rejected),
                bootstrapServers, registryUrl, settings.ledgerStartupTimeout(), DisclosureLedger.connectionSettings(clientSettings));
    }
}
