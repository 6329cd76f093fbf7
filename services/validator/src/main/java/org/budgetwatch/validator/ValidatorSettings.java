package org.budgetwatch.validator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reportRounding whether rounding-only differences are reported as INFO findings (never as errors)
 * @param ruleOverrides  a rule overrides file (disabled rules, severities, regional settings), or null for none
 * @param maxEventBytes  a report that would be larger cannot be published and goes to the dead letters with its table
 *                       event instead; keep it below the producer's max.request.size (2 MiB)
 */
@ConfigurationProperties("budgetwatch.validator")
public record ValidatorSettings(boolean reportRounding, java.nio.file.Path ruleOverrides, long maxEventBytes) {

    public ValidatorSettings {
        maxEventBytes = maxEventBytes <= 0 ? 2_000_000 : maxEventBytes;
    }
}
