package org.budgetwatch.projection;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param indexDir      where the Lucene read model lives
 * @param commitInterval how long a projected event may wait before it is committed and searchable
 * @param commitEvery   commit at the latest after this many events
 * @param reportWait    how long a disclosure whose tables arrived may wait for its report, to be indexed once with it
 * @param rebuild       empty the read model at start-up and rebuild it from the topics
 * @param searchTimeLimit how long one search may take before it is stopped (503)
 */
@ConfigurationProperties("budgetwatch.projection")
public record ProjectionSettings(Path indexDir, Duration commitInterval, int commitEvery, Duration reportWait, boolean rebuild,
                                 Duration searchTimeLimit) {

    public ProjectionSettings {
        indexDir = indexDir == null ? Path.of("data", "index") : indexDir;
        commitInterval = commitInterval == null ? Duration.ofMillis(200) : commitInterval;
        commitEvery = commitEvery <= 0 ? 500 : commitEvery;
        reportWait = reportWait == null ? Duration.ofSeconds(2) : reportWait;
        searchTimeLimit = searchTimeLimit == null ? Duration.ofSeconds(5) : searchTimeLimit;
    }
}
