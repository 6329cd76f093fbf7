package org.budgetwatch.extractor;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxDocumentBytes larger documents are rejected TOO_LARGE
 * @param timeout          a document whose extraction takes longer is rejected TIMEOUT, so that no document holds
 *                         its partition for ever
 * @param maxEventBytes    a document whose tables event would be larger is rejected TOO_LARGE instead of failing to
 *                         publish; keep it below the producer's max.request.size (2 MiB) and the topic's
 *                         max.message.bytes
 */
@Validated
@ConfigurationProperties("budgetwatch.extractor")
public record ExtractorSettings(@Positive long maxDocumentBytes, java.time.Duration timeout, long maxEventBytes) {

    public ExtractorSettings {
        maxDocumentBytes = maxDocumentBytes <= 0 ? 50L * 1024 * 1024 : maxDocumentBytes;
        timeout = timeout == null ? java.time.Duration.ofSeconds(60) : timeout;
        maxEventBytes = maxEventBytes <= 0 ? 2_000_000 : maxEventBytes;
    }
}
