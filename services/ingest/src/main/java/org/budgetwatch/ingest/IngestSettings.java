package org.budgetwatch.ingest;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize largest document accepted; larger uploads get 413
 * @param inlineContentLimit documents up to this size travel inside the raw event, larger ones by claim check
 * @param contentStore directory of claim-checked documents, shared with the extractor
 * @param ledgerStartupTimeout how long start-up may take to read the topics that tell where each document is
 */
@ConfigurationProperties("budgetwatch.ingest")
/**
 * @param maxInFlight accepted documents the pipeline may have unfinished before new ones are refused with 503 and
 *                    Retry-After (backpressure: nothing is accepted that the pipeline cannot drain)
 */
public record IngestSettings(DataSize maxFileSize, DataSize inlineContentLimit, Path contentStore, Duration ledgerStartupTimeout,
                             int maxInFlight) {

    public IngestSettings {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(50) : maxFileSize;
        inlineContentLimit = inlineContentLimit == null ? DataSize.ofKilobytes(512) : inlineContentLimit;
        contentStore = contentStore == null ? Path.of("data", "content") : contentStore;
        ledgerStartupTimeout = ledgerStartupTimeout == null ? Duration.ofSeconds(60) : ledgerStartupTimeout;
        maxInFlight = maxInFlight <= 0 ? 2_000 : maxInFlight;
    }
}
