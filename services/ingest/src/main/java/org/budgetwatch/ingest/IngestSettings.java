package org.budgetwatch.ingest;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize              largest document accepted; larger uploads get 413
 * @param inlineContentLimit       documents up to this size travel inside the raw event, larger ones by claim check
 * @param contentStore             directory of claim-checked documents, shared with the extractor
 * @param ledgerStartupTimeout     how long start-up may take to read the topics that tell where each document is
 * @param maxInFlight              accepted documents the pipeline may have unfinished before new ones are refused with
 *                                 503 and Retry-After (backpressure: nothing is accepted that the pipeline cannot drain)
 * @param contentStoreMaxSize      most bytes the content store may hold; a claim-checked document that would pass it
 *                                 is refused (507), so that a flood of large files cannot fill the disk
 * @param contentStoreMinFree      free space the content store leaves on its disk; a claim-checked document that would
 *                                 take it is refused (507)
 * @param rejectedContentRetention how long the content of a rejected document is kept before it is deleted
 * @param contentSweepInterval     how often rejected content past its retention is looked for
 */
@ConfigurationProperties("budgetwatch.ingest")
public record IngestSettings(DataSize maxFileSize, DataSize inlineContentLimit, Path contentStore, Duration ledgerStartupTimeout,
                             int maxInFlight, DataSize contentStoreMaxSize, DataSize contentStoreMinFree, Duration rejectedContentRetention,
                             Duration contentSweepInterval) {

    public IngestSettings {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(50) : maxFileSize;
        inlineContentLimit = inlineContentLimit == null ? DataSize.ofKilobytes(512) : inlineContentLimit;
        contentStore = contentStore == null ? Path.of("data", "content") : contentStore;
        ledgerStartupTimeout = ledgerStartupTimeout == null ? Duration.ofSeconds(60) : ledgerStartupTimeout;
        maxInFlight = maxInFlight <= 0 ? 2_000 : maxInFlight;
        contentStoreMaxSize = contentStoreMaxSize == null ? DataSize.ofGigabytes(20) : contentStoreMaxSize;
        contentStoreMinFree = contentStoreMinFree == null ? DataSize.ofGigabytes(1) : contentStoreMinFree;
        rejectedContentRetention = rejectedContentRetention == null ? Duration.ofDays(7) : rejectedContentRetention;
        contentSweepInterval = contentSweepInterval == null ? Duration.ofHours(1) : contentSweepInterval;
    }
}
