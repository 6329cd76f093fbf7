package org.budgetwatch.validator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reportRounding report differences that rounding explains, as INFO findings (never as errors)
 */
@ConfigurationProperties("budgetwatch.validator")
public record ValidatorSettings(boolean reportRounding) {
}
