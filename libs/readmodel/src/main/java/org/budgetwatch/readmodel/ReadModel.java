package org.budgetwatch.readmodel;

import static org.budgetwatch.readmodel.IndexFields.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

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
 */
public final class ReadModel implements AutoCloseable {

    /** Layout version; an index written with another is emptied and rebuilt from the topics. */
    static final String FORMAT = "7";
    private static final String FORMAT_KEY = "format";
    private static final String POSITION_PREFIX = "position:";
    private static final Set<String> HIT_ONLY = Set.of(HIT);

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final DisclosureIndexer indexer = new DisclosureIndexer(facetsConfig, json, new SegmentedText(analyzer, TEXT));
    private final DisclosureBlocks blocks = new DisclosureBlocks();
    private final QueryFactory queries = new QueryFactory(analyzer, blocks);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final int commitEvery;
    private final ScheduledExecutorService committer;
    private final ConcurrentMergeScheduler merges = mergesAtFullSpeed();
    private final AtomicBoolean commitRequested = new AtomicBoolean();
    private volatile boolean lastCommitFailed;
    /** Set when the read model closes: its last commit indexes the disclosures still waiting for their report. */
    private volatile boolean closing;
    private static final int INDEXING_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService indexers = Executors.newFixedThreadPool(INDEXING_THREADS, r -> {
                Thread thread = new Thread(r, "read-model-index");
                thread.setDaemon(true);
                return thread;
            });
    /** Next offset to consume per topic:partition, committed or about to be. */
    private final Map<String, Long> positions = new HashMap<>();
    /**
     * Views changed since the last commit began, written to the index at the next: a disclosure's tables and its
     * report usually arrive within one commit interval and are then indexed once.
     */
    private Map<String, DisclosureView> uncommitted = new LinkedHashMap<>();
    /**
     * Disclosures whose tables were consumed and whose report has not come yet, by document id: they wait among the
     * uncommitted views for up to {@code reportWait}, so that a disclosure is indexed once, with its report, instead of
     * once without and again with it. Until a waiting disclosure is indexed, the position recorded for its tables
     * partition stays at its tables event, so that a crash replays the event instead of losing it.
     */
    private final Map<String, Waiting> waiting = new HashMap<>();
    private final long reportWaitNanos;
    /** The commit data of the last commit, so that a commit with nothing new is not written. */
    private Map<String, String> lastCommitData = Map.of();
    /** The views of the commit being written, until searches see them; never changed (a later event changes a copy). */
    private Map<String, DisclosureView> committing = Map.of();
    private int pending;
    /** Held while a commit is written; events are projected meanwhile, under the read model's own lock. */
    private final Object commitLock = new Object();
    private final FacetOrdinals.Cache facetOrdinals = new FacetOrdinals.Cache();
    private final FacetCounter facetCounter = new FacetCounter(facetOrdinals, FACETS, 50);

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
        this.reportWaitNanos = reportWait.toNanos();
        try {
            directory = FSDirectory.open(path);
            Map<String, String> committed = DirectoryReader.indexExists(directory)
                    ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128).setMergeScheduler(merges));
            if (FORMAT.equals(committed.get(FORMAT_KEY))) {
                committed.forEach((key, value) -> {
                    if (key.startsWith(POSITION_PREFIX)) {
                        positions.put(key.substring(POSITION_PREFIX.length()), Long.parseLong(value));
                    }
                });
            } else {
                writer.deleteAll(); // another layout (or none): rebuilt from the topics, from their beginning
            }
            pending = 1;
            commit();
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    facetOrdinals.warm(reader); // new segments' facet arrays are read here, not by the first search
                    return new IndexSearcher(reader);
                }
            });
            new SegmentedText(analyzer, TEXT).of(List.of("加载分词词典")); // smartcn loads its dictionaries on first use
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the read model at " + path, e);
        }
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
        String key = topic + ":" + partition;
        synchronized (this) {
            Long next = positions.get(key);
            if (next != null && offset < next) {
                return false;
            }
            apply(documentId, event);
            positions.put(key, offset + 1);
            if (reportWaitNanos > 0 && uncommitted.get(documentId).awaitingReport()) {
                waiting.putIfAbsent(documentId, new Waiting(key, offset, System.nanoTime()));
            }
        }
        commitWhenDue();
        return true;
    }

    /** A disclosure waiting for its report: the partition and offset of its tables event, and since when it waits. */
    private record Waiting(String partition, long offset, long since) {
    }

    /** Applies an event to the disclosure's view; directly for events that were not consumed from a topic (tests, tools). */
    public void project(String documentId, Object event) {
        synchronized (this) {
            apply(documentId, event);
        }
        commitWhenDue();
    }

    private void apply(String documentId, Object event) {
        DisclosureView view = find(documentId).map(v -> committing.get(documentId) == v ? v.copy() : v).orElseGet(DisclosureView::new);
        view.documentId = documentId;
        DisclosureProjector.apply(view, event);
        pend(view);
    }

    /** Indexes a whole view, replacing the disclosure's entries (bulk loads and benchmarks). */
    public void index(DisclosureView view) {
        synchronized (this) {
            pend(view);
        }
        commitWhenDue();
    }

    /** Keeps a changed view for the next commit; called under the read model's lock. */
    private void pend(DisclosureView view) {
        uncommitted.put(view.documentId, view);
        pending++;
    }

    /**
     * Every {@code commitEvery} changes a commit starts on the committer thread while events go on being projected.
     * At twice as many the caller waits for the commit under way to end, which bounds the views held in memory and
     * keeps one batch being projected while the previous one is indexed; if the last commit failed, the caller commits
     * itself, so that a broken index fails the consumer instead of filling the memory.
     */
    private void commitWhenDue() {
        int due;
        synchronized (this) {
            due = pending;
        }
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
    public synchronized Optional<Long> position(String topic, int partition) {
        return Optional.ofNullable(positions.get(topic + ":" + partition));
    }

    /**
     * Commits the changes pending when it begins, with the consumer positions they correspond to, and makes them
     * searchable. The views are indexed while events go on being projected (into the next commit); if the commit
     * fails, its views return to the pending ones, behind any newer view of the same disclosure, and are retried.
     */
    public void commit() {
        synchronized (commitLock) {
            Map<String, String> data = new LinkedHashMap<>();
            Map<String, DisclosureView> views;
            synchronized (this) {
                if (pending == 0) {
                    return;
                }
                views = new LinkedHashMap<>();
                Map<String, DisclosureView> stillWaiting = new LinkedHashMap<>();
                Map<String, Long> recorded = new HashMap<>(positions);
                long now = System.nanoTime();
                for (DisclosureView view : uncommitted.values()) {
                    Waiting wait = waiting.get(view.documentId);
                    if (wait != null && !closing && view.awaitingReport() && now - wait.since() < reportWaitNanos
                            && stillWaiting.size() < commitEvery) {
                        stillWaiting.put(view.documentId, view);
                        recorded.merge(wait.partition(), wait.offset(), Math::min);
                    } else {
                        views.put(view.documentId, view);
                        waiting.remove(view.documentId);
                    }
                }
                data.put(FORMAT_KEY, FORMAT);
                recorded.forEach((key, offset) -> data.put(POSITION_PREFIX + key, Long.toString(offset)));
                pending = stillWaiting.size(); // the events counted so far, bar those of the waiting views, go into this commit
                if (views.isEmpty() && data.equals(lastCommitData)) {
                    return; // only disclosures still waiting for their report: nothing new to commit
                }
                committing = views;
                uncommitted = stillWaiting;
            }
            try {
                indexAll(views.values());
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
                lastCommitData = data;
                if (searchers != null) {
                    searchers.maybeRefreshBlocking();
                }
            } catch (IOException | RuntimeException e) {
                synchronized (this) {
                    Map<String, DisclosureView> retry = new LinkedHashMap<>(views);
                    retry.putAll(uncommitted);
                    uncommitted = retry;
                    pending += views.size();
                }
                throw e instanceof IOException io ? new UncheckedIOException("Could not commit the read model", io) : (RuntimeException) e;
            } finally {
                synchronized (this) {
                    committing = Map.of();
                }
            }
        }
    }

    /**
     * Writes the views' entries, on as many threads as there are cores (IndexWriter indexes concurrently), and then
     * writes the segments out on as many threads, so that the commit only has to record them.
     */
    private void indexAll(Collection<DisclosureView> views) throws IOException {
        if (views.size() < 8) {
            for (DisclosureView view : views) {
                writer.updateDocuments(new Term(DOCUMENT_ID, view.documentId), indexer.entries(view));
            }
            return;
        }
        List<Future<?>> work = new ArrayList<>();
        for (DisclosureView view : views) {
            work.add(indexers.submit(() -> {
                writer.updateDocuments(new Term(DOCUMENT_ID, view.documentId), indexer.entries(view));
                return null;
            }));
        }
        await(work);
        List<Future<?>> flushes = new ArrayList<>();
        for (int thread = 0; thread < INDEXING_THREADS; thread++) {
            flushes.add(indexers.submit(() -> {
                while (writer.flushNextBuffer()) {
                    // each thread writes out one in-memory segment after another
                }
                return null;
            }));
        }
        await(flushes);
    }

    private static void await(List<Future<?>> work) throws IOException {
        try {
            for (Future<?> future : work) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
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

    /**
     * Merges run at the disk's speed: Lucene's default throttle protects searches from merge I/O on spinning disks,
     * while this index is small, CPU-bound and better off with few segments soon.
     */
    private static ConcurrentMergeScheduler mergesAtFullSpeed() {
        ConcurrentMergeScheduler scheduler = new ConcurrentMergeScheduler();
        scheduler.disableAutoIOThrottle();
        return scheduler;
    }

    /** Waits until the segment merges that are running or due have ended (bulk loads and benchmarks). */
    public void awaitMerges() {
        try {
            writer.maybeMerge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        merges.sync();
    }

    /** Empties the read model and forgets every position: the consumers then read the topics from their beginning. */
    public void clear() {
        synchronized (commitLock) {
            synchronized (this) {
                try {
                    writer.deleteAll();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                positions.clear();
                uncommitted.clear();
                waiting.clear();
                lastCommitData = Map.of(); // the deletion is new even when the positions were empty already
                pending = 1;
            }
            commit();
        }
    }

    public synchronized Optional<DisclosureView> find(String documentId) {
        DisclosureView changed = uncommitted.get(documentId);
        if (changed == null) {
            changed = committing.get(documentId);
        }
        if (changed != null) {
            return Optional.of(changed);
        }
        Query query = new BooleanQuery.Builder().add(new TermQuery(new Term(DOCUMENT_ID, documentId)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(TYPE, DISCLOSURE)), BooleanClause.Occur.FILTER).build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return StoredViews.read(searcher, top.scoreDocs[0].doc);
        });
    }

    /**
     * Of these disclosures, those whose outcome (report or rejection) a search finds now: committed and visible to
     * searches, not still being written. What a client waiting for its documents asks, many at a time.
     */
    public Set<String> searchable(Collection<String> documentIds) {
        return withSearcher(searcher -> {
            Set<String> found = new HashSet<>();
            for (String documentId : documentIds) {
                Query ended = new BooleanQuery.Builder().add(new TermQuery(new Term(DOCUMENT_ID, documentId)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(TYPE, DISCLOSURE)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(STATUS, "EXTRACTED")), BooleanClause.Occur.MUST_NOT).build();
                if (searcher.count(ended) > 0) {
                    found.add(documentId);
                }
            }
            return found;
        });
    }

    /** @throws InvalidQueryException when a parameter or the query text cannot be used */
    public SearchPage search(SearchQuery search) {
        SearchQuery valid = search.validated();
        Query query = queries.query(valid);
        Sort sort = queries.sort(valid);
        int window = (valid.page() + 1) * valid.size();
        return withSearcher(searcher -> {
            // the page is ranked with Lucene's skipping of hits that cannot reach it; the facets count every match,
            // without scores, in a second pass
            TopDocs top = sort == Sort.RELEVANCE ? searcher.search(query, window) : searcher.search(query, window, sort);
            List<Map<String, Object>> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            Map<Integer, Map<String, Object>> disclosureHits = new HashMap<>(); // a page often holds several entries of one disclosure
            for (int i = valid.page() * valid.size(); i < top.scoreDocs.length; i++) {
                int doc = top.scoreDocs[i].doc;
                Map<String, Object> hit = hit(stored, doc);
                if (!DISCLOSURE.equals(hit.get("type"))) {
                    int disclosure = blocks.disclosureOf(searcher.getIndexReader(), doc);
                    Map<String, Object> disclosureHit = disclosureHits.get(disclosure);
                    if (disclosureHit == null) {
                        disclosureHit = hit(stored, disclosure);
                        disclosureHits.put(disclosure, disclosureHit);
                    }
                    hit = DisclosureIndexer.withDisclosure(hit, disclosureHit);
                }
                hits.add(hit);
            }
            FacetCounter.Counts counts = searcher.search(query, facetCounter);
            return new SearchPage(counts.matches(), valid.page(), valid.size(), hits, counts.facets());
        });
    }

    private Map<String, Object> hit(StoredFields stored, int doc) throws IOException {
        BytesRef hit = stored.document(doc, HIT_ONLY).getBinaryValue(HIT);
        return json.readValue(hit.bytes, hit.offset, hit.length, new TypeReference<Map<String, Object>>() {
        });
    }

    /** Counts for the whole read model: disclosures by status, region and year; discrepancies by rule and severity. */
    public Map<String, Object> stats() {
        return withSearcher(searcher -> {
            Map<String, List<SearchPage.FacetCount>> disclosures = facets(searcher, new TermQuery(new Term(TYPE, DISCLOSURE)));
            Query problems = new BooleanQuery.Builder().add(new TermQuery(new Term(TYPE, DISCREPANCY)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(SEVERITY, "INFO")), BooleanClause.Occur.MUST_NOT).build();
            Map<String, List<SearchPage.FacetCount>> discrepancies = facets(searcher, problems);
            Map<String, List<SearchPage.FacetCount>> all = facets(searcher, new TermQuery(new Term(TYPE, DISCREPANCY)));
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("documents", sum(disclosures.get(TYPE)));
            stats.put("documentsByStatus", disclosures.get(STATUS));
            stats.put("documentsByRegion", disclosures.get(REGION));
            stats.put("documentsByYear", disclosures.get(YEAR));
            stats.put("discrepancies", sum(discrepancies.get(TYPE)));
            stats.put("discrepanciesByRule", discrepancies.get(RULE_ID));
            stats.put("discrepanciesBySeverity", all.get(SEVERITY));
            stats.put("discrepanciesByRegion", discrepancies.get(REGION));
            stats.put("discrepanciesByYear", discrepancies.get(YEAR));
            return stats;
        });
    }

    /** Number of disclosures in the read model. */
    public long count() {
        return (Long) stats().get("documents");
    }

    private static long sum(List<SearchPage.FacetCount> counts) {
        return counts.stream().mapToLong(SearchPage.FacetCount::count).sum();
    }

    private Map<String, List<SearchPage.FacetCount>> facets(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, facetCounter).facets();
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            indexers.shutdownNow();
            searchers.close();
            writer.close();
            directory.close();
        }
    }
}
