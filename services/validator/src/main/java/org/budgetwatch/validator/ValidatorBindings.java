package org.budgetwatch.validator;

import java.time.Clock;
import java.util.function.Function;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.RuleOverrides;
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
        RuleCatalogue catalogue = RuleCatalogue.standard();
        if (settings.ruleOverrides() != null) {
            catalogue = catalogue.withOverrides(RuleOverrides.load(settings.ruleOverrides()));
        }
        return new DisclosureValidator(catalogue, settings.reportRounding());
    }

    @Bean
    Function<Message<DocumentTables>, Message<ValidationReport>> validate(DisclosureValidator validator, TablesEventReader reader,
                                                                         ReportEventMapper mapper, Clock clock) {
        return message -> {
            DocumentTables tables = message.getPayload();
            ValidationReport report = mapper.toEvent(tables, validator.validate(reader.read(tables)), clock.instant());
            return MessageBuilder.withPayload(report).setHeader(KafkaHeaders.KEY, tables.getDocumentId()).build();
        };
    }
}
