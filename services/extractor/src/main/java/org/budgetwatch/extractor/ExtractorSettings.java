package org.budgetwatch.extractor;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxDocumentBytes documents larger than this are rejected with TOO_LARGE instead of being parsed
 */
@Validated
@ConfigurationProperties("budgetwatch.extractor")
/**
 * @param maxDocumentBytes larger documents are rejected TOO_LARGE
 * @param timeout          a document whose extraction takes longer is rejected TIMEOUT, so that no document holds
 *                         its partition for ever
 */
public record ExtractorSettings(@Positive long maxDocumentBytes, java.time.Duration timeout) {

    public ExtractorSettings {
        maxDocumentBytes = maxDocumentBytes <= 0 ? 50L * 1024 * 1024 : maxDocumentBytes;
        timeout = timeout == null ? java.time.Duration.ofSeconds(60) : timeout;
    }
}
