package org.budgetwatch.projection;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param indexDir where the Lucene read model lives; delete it and reset the consumer group to rebuild from the topics
 * @param maxResults upper bound of a search page
 */
@ConfigurationProperties("budgetwatch.projection")
public record ProjectionSettings(Path indexDir, int maxResults) {

    public ProjectionSettings {
        indexDir = indexDir == null ? Path.of("data", "index") : indexDir;
        maxResults = maxResults <= 0 ? 100 : maxResults;
    }
}
