package org.budgetwatch.validator;

import java.time.Clock;
import java.util.function.Function;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** The function bean: one table event in, one report out, keyed by document id. */
@Configuration(proxyBeanMethods = false)
class ValidatorBindings {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DisclosureValidator disclosureValidator(ValidatorSettings settings) {
        return new DisclosureValidator(RuleCatalogue.standard(settings.ruleOverrides()), settings.reportRounding());
    }

    @Bean
    Function<Message<DocumentTables>, Message<ValidationReport>> validate(DisclosureValidator validator, TablesEventReader reader,
                                                                         ReportEventMapper mapper, Clock clock, MeterRegistry meters) {
        Timer duration = Timer.builder("budgetwatch.stage.duration").description("Time to process one document, per stage")
                .tag("stage", "validation").publishPercentileHistogram().register(meters);
        return message -> {
            DocumentTables tables = message.getPayload();
            MDC.put("documentId", tables.getDocumentId());
            try {
                ValidationReport report = duration.record(() -> mapper.toEvent(tables, validator.validate(reader.read(tables)), clock.instant()));
                meters.counter("budgetwatch.documents", "stage", "validation", "outcome", report.getStatus().name()).increment();
                report.getDiscrepancies().forEach(d -> meters.counter("budgetwatch.discrepancies", "rule", d.getRuleId(), "severity",
                        d.getSeverity().name()).increment());
                return MessageBuilder.withPayload(report).setHeader(KafkaHeaders.KEY, tables.getDocumentId()).build();
            } finally {
                MDC.remove("documentId");
            }
        };
    }
}
