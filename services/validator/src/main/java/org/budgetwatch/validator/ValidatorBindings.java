package org.budgetwatch.validator;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.events.report.ReportEventMapper;
import org.budgetwatch.events.tables.TablesEventReader;
import org.budgetwatch.schemas.batch.AfterRollbackBackOff;
import org.budgetwatch.schemas.batch.BatchRelay;
import org.budgetwatch.schemas.batch.Outgoing;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.messaging.Message;

/** The consumer bean: each polled batch of table events into one report each, keyed by document id, one transaction per batch. */
@Configuration(proxyBeanMethods = false)
class ValidatorBindings {

    static final String REPORTS_OUT = "reports-out-0";
    static final String REJECTIONS_OUT = "rejections-out-0";
    static final String DEAD_LETTERS_OUT = "dead-letters-out-0";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DisclosureValidator disclosureValidator(ValidatorSettings settings) {
        return new DisclosureValidator(RuleCatalogue.standard(settings.ruleOverrides()), settings.reportRounding());
    }

    @Bean
    TablesEventReader tablesEventReader() {
        return new TablesEventReader();
    }

    @Bean
    ReportEventMapper reportEventMapper() {
        return new ReportEventMapper();
    }

    @Bean
    Consumer<Message<List<Object>>> validate(DisclosureValidator validator, TablesEventReader reader, ReportEventMapper mapper, Clock clock,
                                             ValidatorSettings settings, MeterRegistry meters, StreamBridge output) {
        Timer duration = Timer.builder("budgetwatch.stage.duration").description("Time to process one document, per stage")
                .tag("stage", "validation").publishPercentileHistogram().register(meters);
        return new BatchRelay<>(DocumentTables.class, DocumentTables::getDocumentId, tables -> {
            ValidationReport report;
            try {
                report = duration.record(() -> mapper.toEvent(tables, validator.validate(reader.read(tables)), clock.instant()));
                ReportSize.check(report, settings.maxEventBytes());
            } catch (RuntimeException | StackOverflowError e) {
                // the document still ends, rejected with the reason, instead of waiting in the dead letters for ever
                meters.counter("budgetwatch.documents", "stage", "validation", "outcome", "rejected").increment();
                return Outgoing.event(REJECTIONS_OUT, tables.getDocumentId(), ValidationRejection.of(tables, e, clock.instant()));
            }
            meters.counter("budgetwatch.documents", "stage", "validation", "outcome", report.getStatus().name()).increment();
            report.getDiscrepancies().forEach(d -> meters.counter("budgetwatch.discrepancies", "rule", d.getRuleId(), "severity",
                    d.getSeverity().name()).increment());
            return Outgoing.event(REPORTS_OUT, tables.getDocumentId(), report);
        }, output::send, DEAD_LETTERS_OUT);
    }

    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> afterRollbackBackOff() {
        return AfterRollbackBackOff.customizer();
    }
}
