package org.budgetwatch.readmodel;

import static org.budgetwatch.readmodel.IndexFields.TEXT;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search read model in Lucene on local disk: per disclosure one entry for the disclosure, one per table line item
 * and one per discrepancy (see {@link IndexFields}), Chinese text analysed with smartcn, keyword fields for codes and
 * ids, numeric fields for years and amounts, facets for year, region, kind, status, table type, rule and severity.
 *
 * <p>Exactly once: each event replaces all entries of its disclosure (so re-processing replaces, never adds), and the
 * position of every consumed partition is written into the same Lucene commit as the entries it produced. After a
 * crash the consumers resume from the positions of the last commit ({@link #position}), and events at or before a
 * recorded position are skipped — nothing is lost and nothing counted twice. Changes are kept as views until the
 * next commit (every {@code commitEvery} events or {@code commitInterval}, whichever comes first), then indexed,
 * committed and made searchable together, while the events that follow are projected into the next commit.
 *
 * <p>The jobs are its parts': {@link PendingChanges} keeps what was projected and not yet committed,
 * {@link IndexCommits} indexes and commits it (and empties the index for a rebuild), {@link ReadModelSearches}
 * answers searches; this class opens them, decides when to commit, and closes them.
 */
public final class ReadModel implements AutoCloseable {

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Directory directory;
    private final IndexCommits index;
    private final ReadModelSearches searches;
    private final PendingChanges changes;
    private final int commitEvery;
    private final ScheduledExecutorService committer;
    private final AtomicBoolean commitRequested = new AtomicBoolean();
    private volatile boolean lastCommitFailed;
    /** Set when the read model closes: its last commit indexes the disclosures still waiting for their report. */
    private volatile boolean closing;
    /** Held while a commit is written; events are projected meanwhile, under the pending changes' own lock. */
    private final Object commitLock = new Object();

    public ReadModel(Path path) {
        this(path, Duration.ofMillis(200), 500, Duration.ZERO);
    }

    public ReadModel(Path path, Duration commitInterval, int commitEvery) {
        this(path, commitInterval, commitEvery, Duration.ZERO);
    }

    /**
     * @param reportWait how long a disclosure whose tables were consumed may wait for its report before it is indexed
     *                   without it (zero: never waits)
     */
    public ReadModel(Path path, Duration commitInterval, int commitEvery, Duration reportWait) {
        this.commitEvery = commitEvery;
        try {
            directory = FSDirectory.open(path);
            index = new IndexCommits(directory, analyzer,
                    new DisclosureIndexer(IndexFields.facetsConfig(), new EntryHits(json), new SegmentedText(analyzer, TEXT)));
            searches = new ReadModelSearches(index.writer(), analyzer, json);
            new SegmentedText(analyzer, TEXT).of(List.of("加载分词词典")); // smartcn loads its dictionaries on first use
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the read model at " + path, e);
        }
        changes = new PendingChanges(index.positions(), reportWait.toNanos(), commitEvery, searches::stored);
        committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "read-model-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitQuietly, commitInterval.toMillis(), commitInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Applies one consumed event to its disclosure. An event at or before the recorded position of its partition was
     * applied already and is skipped.
     *
     * @return whether the event changed the read model
     */
    public boolean project(String documentId, Object event, String topic, int partition, long offset) {
        if (!changes.project(documentId, event, topic, partition, offset)) {
            return false;
        }
        commitWhenDue();
        return true;
    }

    /** Applies an event to the disclosure's view; directly for events that were not consumed from a topic (tests, tools). */
    public void project(String documentId, Object event) {
        changes.project(documentId, event);
        commitWhenDue();
    }

    /** Indexes a whole view, replacing the disclosure's entries (bulk loads and benchmarks). */
    public void index(DisclosureView view) {
        changes.pend(view);
        commitWhenDue();
    }

    /**
     * Every {@code commitEvery} changes a commit starts on the committer thread while events go on being projected.
     * At twice as many the caller waits for the commit under way to end, which bounds the views held in memory and
     * keeps one batch being projected while the previous one is indexed; if the last commit failed, the caller commits
     * itself, so that a broken index fails the consumer instead of filling the memory.
     */
    private void commitWhenDue() {
        int due = changes.pending();
        if (due < commitEvery) {
            return;
        }
        if (due >= 2 * commitEvery) {
            synchronized (commitLock) {
                if (lastCommitFailed) {
                    commit();
                    return;
                }
            }
        }
        if (commitRequested.compareAndSet(false, true)) {
            committer.execute(() -> {
                commitRequested.set(false);
                commitQuietly();
            });
        }
    }

    /** The next offset to consume from a partition, as the read model has recorded it; empty when it has none. */
    public Optional<Long> position(String topic, int partition) {
        return changes.position(topic + ":" + partition);
    }

    /**
     * Commits the changes pending when it begins, with the consumer positions they correspond to, and makes them
     * searchable. The views are indexed while events go on being projected (into the next commit); if the commit
     * fails, its views return to the pending ones, behind any newer view of the same disclosure, and are retried.
     */
    public void commit() {
        synchronized (commitLock) {
            PendingChanges.Batch batch = changes.take(closing);
            if (batch == null) {
                return;
            }
            try {
                index.commit(batch.views().values(), batch.positions());
                searches.refresh();
                changes.committed(batch);
            } catch (IOException | RuntimeException e) {
                changes.failed(batch);
                throw e instanceof IOException io ? new UncheckedIOException("Could not commit the read model", io) : (RuntimeException) e;
            }
        }
    }

    private void commitQuietly() {
        try {
            commit();
            lastCommitFailed = false;
        } catch (RuntimeException e) {
            lastCommitFailed = true; // retried on the next tick; the positions stay with the uncommitted changes
        }
    }

    /** Waits until the segment merges that are running or due have ended (bulk loads and benchmarks). */
    public void awaitMerges() {
        index.awaitMerges();
    }

    /** Empties the read model and forgets every position: the consumers then read the topics from their beginning. */
    public void clear() {
        synchronized (commitLock) {
            changes.clear(index::deleteAll);
            commit();
        }
    }

    /** The disclosure's latest view, committed or not. */
    public Optional<DisclosureView> find(String documentId) {
        return changes.find(documentId);
    }

    /**
     * Of these disclosures, those whose outcome (report or rejection) a search finds now: committed and visible to
     * searches, not still being written. What a client waiting for its documents asks, many at a time.
     */
    public Set<String> searchable(Collection<String> documentIds) {
        return searches.searchable(documentIds);
    }

    /** Time a search may take when its caller names none. */
    public static final Duration SEARCH_TIME_LIMIT = Duration.ofSeconds(5);

    /** @throws InvalidQueryException when a parameter or the query text cannot be used */
    public SearchPage search(SearchQuery search) {
        return search(search, SEARCH_TIME_LIMIT);
    }

    /**
     * @param timeLimit how long the search may take
     * @throws InvalidQueryException  when a parameter or the query text cannot be used
     * @throws SearchTimeoutException when the search took longer and was stopped
     */
    public SearchPage search(SearchQuery search, Duration timeLimit) {
        return searches.search(search, timeLimit);
    }

    /** Counts for the whole read model: disclosures by status, region and year; discrepancies by rule and severity. */
    public Map<String, Object> stats() {
        return searches.stats();
    }

    /** Number of disclosures in the read model. */
    public long count() {
        return (Long) stats().get("documents");
    }

    @Override
    public void close() throws IOException {
        committer.shutdown(); // a commit under way ends first: interrupting it would interrupt the index's file I/O
        try {
            committer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closing = true;
        synchronized (commitLock) {
            commit();
            searches.close();
            index.close();
            directory.close();
        }
    }
}
