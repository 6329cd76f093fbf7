package org.budgetwatch.extractor;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxDocumentBytes documents larger than this are rejected with TOO_LARGE instead of being parsed
 */
@Validated
@ConfigurationProperties("budgetwatch.extractor")
public record ExtractorSettings(@Positive long maxDocumentBytes) {

    public ExtractorSettings {
        maxDocumentBytes = maxDocumentBytes <= 0 ? 50L * 1024 * 1024 : maxDocumentBytes;
    }
}
