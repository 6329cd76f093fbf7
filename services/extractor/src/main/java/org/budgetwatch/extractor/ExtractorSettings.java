package org.budgetwatch.extractor;

import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxDocumentBytes larger documents are rejected TOO_LARGE
 * @param timeout          a document whose extraction takes longer is rejected TIMEOUT, so that no document holds
 *                         its partition for ever: the readers stop themselves when it has passed, and the extraction's
 *                         thread is interrupted
 * @param maxEventBytes    a document whose tables event would be larger is rejected TOO_LARGE instead of failing to
 *                         publish; keep it below the producer's max.request.size (2 MiB) and the topic's
 *                         max.message.bytes
 * @param contentStore     the content store shared with ingest: claim checks are read from here and nowhere else
 * @param attemptsDir      where the extractor notes the documents it is reading (local disk that survives a restart)
 * @param maxAttempts      a document whose extraction brought the extractor down this many times is rejected instead
 *                         of being read again
 */
@Validated
@ConfigurationProperties("budgetwatch.extractor")
public record ExtractorSettings(@Positive long maxDocumentBytes, Duration timeout, long maxEventBytes, Path contentStore, Path attemptsDir,
                                int maxAttempts) {

    public ExtractorSettings {
        maxDocumentBytes = maxDocumentBytes <= 0 ? 50L * 1024 * 1024 : maxDocumentBytes;
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        maxEventBytes = maxEventBytes <= 0 ? 2_000_000 : maxEventBytes;
        contentStore = contentStore == null ? Path.of("data", "content") : contentStore;
        attemptsDir = attemptsDir == null ? Path.of("data", "extractor-attempts") : attemptsDir;
        maxAttempts = maxAttempts <= 0 ? 2 : maxAttempts;
    }
}
