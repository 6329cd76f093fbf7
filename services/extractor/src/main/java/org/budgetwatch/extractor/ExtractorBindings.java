package org.budgetwatch.extractor;

import java.time.Clock;
import java.util.function.Consumer;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.springframework.cloud.stream.function.StreamBridge;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** The function bean: raw documents in, tables or rejections out (bindings and topics in application.yml). */
@Configuration(proxyBeanMethods = false)
class ExtractorBindings {

    static final String TABLES_OUT = "tables-out-0";
    static final String REJECTIONS_OUT = "rejections-out-0";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DisclosureExtractor disclosureExtractor(ExtractorSettings settings) {
        return new DisclosureExtractor(ExtractionLimits.defaults().withMaxBytes(settings.maxDocumentBytes()));
    }

    @Bean
    Consumer<Message<RawDocument>> extract(ExtractionFunction extraction, StreamBridge output) {
        return message -> {
            RawDocument raw = message.getPayload();
            MDC.put("documentId", raw.getDocumentId());
            try {
                publish(output, raw, extraction.apply(raw));
            } finally {
                MDC.remove("documentId");
            }
        };
    }

    private static void publish(StreamBridge output, RawDocument raw, Object outcome) {
        Message<Object> event = MessageBuilder.withPayload(outcome).setHeader(KafkaHeaders.KEY, raw.getDocumentId()).build();
        String binding = outcome instanceof Rejection ? REJECTIONS_OUT : TABLES_OUT;
        if (!output.send(binding, event)) {
            throw new IllegalStateException("Could not publish the outcome of document " + raw.getDocumentId());
        }
    }
}
