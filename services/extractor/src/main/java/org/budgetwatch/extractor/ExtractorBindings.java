package org.budgetwatch.extractor;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.events.tables.TablesEventMapper;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.schemas.batch.AfterRollbackBackOff;
import org.budgetwatch.schemas.batch.BatchRelay;
import org.budgetwatch.schemas.batch.Outgoing;
import org.budgetwatch.schemas.claimcheck.ContentStore;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.messaging.Message;

/**
 * The consumer bean: each polled batch of raw documents into tables or rejections, one transaction per batch
 * (bindings and topics in extractor.yml).
 */
@Configuration(proxyBeanMethods = false)
class ExtractorBindings {

    static final String TABLES_OUT = "tables-out-0";
    static final String REJECTIONS_OUT = "rejections-out-0";
    static final String DEAD_LETTERS_OUT = "dead-letters-out-0";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DisclosureExtractor disclosureExtractor(ExtractorSettings settings) {
        return new DisclosureExtractor(ExtractionLimits.defaults().withMaxBytes(settings.maxDocumentBytes()).withMaxTime(settings.timeout()));
    }

    @Bean
    ContentStore contentStore(ExtractorSettings settings) {
        return new ContentStore(settings.contentStore());
    }

    @Bean
    TablesEventMapper tablesEventMapper() {
        return new TablesEventMapper();
    }

    @Bean
    Consumer<Message<List<Object>>> extract(ExtractionFunction extraction, StreamBridge output) {
        return new BatchRelay<>(RawDocument.class, RawDocument::getDocumentId, raw -> {
            ExtractionOutcome outcome = extraction.apply(raw);
            String binding = outcome instanceof ExtractionOutcome.Rejected ? REJECTIONS_OUT : TABLES_OUT;
            return Outgoing.event(binding, raw.getDocumentId(), outcome.event());
        }, output::send, DEAD_LETTERS_OUT);
    }

    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> afterRollbackBackOff() {
        return AfterRollbackBackOff.customizer();
    }
}
