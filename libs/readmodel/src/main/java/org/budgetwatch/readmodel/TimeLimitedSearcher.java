package org.budgetwatch.readmodel;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher for one request that stops once the request's time is up: while terms are enumerated (the expansion of a
 * fuzzy or wildcard clause), points and doc values are read (ExitableDirectoryReader), and while hits are collected
 * (IndexSearcher's timeout). It shares the segments, caches and similarity of the searcher it is made from.
 */
final class TimeLimitedSearcher {

    private TimeLimitedSearcher() {
    }

    static IndexSearcher of(IndexSearcher shared, Duration limit) throws IOException {
        QueryTimeoutImpl timeout = new QueryTimeoutImpl(limit.toMillis());
        IndexSearcher searcher = new IndexSearcher(ExitableDirectoryReader.wrap((DirectoryReader) shared.getIndexReader(), timeout));
        searcher.setTimeout(timeout);
        searcher.setSimilarity(shared.getSimilarity());
        searcher.setQueryCache(shared.getQueryCache());
        searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
        return searcher;
    }

    /** @throws SearchTimeoutException when the searcher stopped collecting because the time was up */
    static void requireFinished(IndexSearcher searcher, Duration limit) {
        if (searcher.timedOut()) {
            throw new SearchTimeoutException(limit);
        }
    }
}
