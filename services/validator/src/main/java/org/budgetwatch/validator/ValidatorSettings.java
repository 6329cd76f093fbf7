package org.budgetwatch.validator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reportRounding report differences that rounding explains, as INFO findings (never as errors)
 */
@ConfigurationProperties("budgetwatch.validator")
/**
 * @param reportRounding whether rounding-only differences are reported as INFO findings
 * @param ruleOverrides a rule overrides file (disabled rules, severities, regional settings), or null for none
 */
public record ValidatorSettings(boolean reportRounding, java.nio.file.Path ruleOverrides) {
}
