package org.budgetwatch.projection.readmodel;

import static org.budgetwatch.projection.readmodel.IndexFields.*;

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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
 * committed and made searchable together.
 */
public final class ReadModel implements AutoCloseable {

    /** Layout version; an index written with another is emptied and rebuilt from the topics. */
    static final String FORMAT = "5";
    private static final String FORMAT_KEY = "format";
    private static final String POSITION_PREFIX = "position:";
    private static final Set<String> HIT_ONLY = Set.of(HIT);

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final DisclosureIndexer indexer = new DisclosureIndexer(facetsConfig, json, new SegmentedText(analyzer, TEXT));
    private final QueryFactory queries = new QueryFactory(analyzer);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final int commitEvery;
    private final ScheduledExecutorService committer;
    private final java.util.concurrent.ExecutorService indexers = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread thread = new Thread(r, "read-model-index");
                thread.setDaemon(true);
                return thread;
            });
    /** Next offset to consume per topic:partition, committed or about to be. */
    private final Map<String, Long> positions = new HashMap<>();
    /**
     * Views changed since the last commit, written to the index at the commit: a disclosure's tables and its report
     * usually arrive within one commit interval and are then indexed once.
     */
    private final Map<String, DisclosureView> uncommitted = new LinkedHashMap<>();
    private int pending;
    private final FacetOrdinals.Cache facetOrdinals = new FacetOrdinals.Cache();
    private final FacetCounter facetCounter = new FacetCounter(facetOrdinals, FACETS, 50);

    public ReadModel(Path path) {
        this(path, Duration.ofMillis(200), 500);
    }

    public ReadModel(Path path, Duration commitInterval, int commitEvery) {
        this.commitEvery = commitEvery;
        try {
            directory = FSDirectory.open(path);
            Map<String, String> committed = DirectoryReader.indexExists(directory)
                    ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128));
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
    public synchronized boolean project(String documentId, Object event, String topic, int partition, long offset) {
        String key = topic + ":" + partition;
        Long next = positions.get(key);
        if (next != null && offset < next) {
            return false;
        }
        project(documentId, event);
        positions.put(key, offset + 1);
        return true;
    }

    /** Applies an event to the disclosure's view; directly for events that were not consumed from a topic (tests, tools). */
    public synchronized void project(String documentId, Object event) {
        DisclosureView view = find(documentId).orElseGet(DisclosureView::new);
        view.documentId = documentId;
        DisclosureProjector.apply(view, event);
        replace(view);
    }

    /** Indexes a whole view, replacing the disclosure's entries (bulk loads and benchmarks). */
    public synchronized void index(DisclosureView view) {
        replace(view);
    }

    private void replace(DisclosureView view) {
        uncommitted.put(view.documentId, view);
        if (++pending >= commitEvery) {
            commit();
        }
    }

    /** The next offset to consume from a partition, as the read model has recorded it; empty when it has none. */
    public synchronized Optional<Long> position(String topic, int partition) {
        return Optional.ofNullable(positions.get(topic + ":" + partition));
    }

    /** Commits pending changes with the consumer positions they correspond to, and makes them searchable. */
    public synchronized void commit() {
        if (pending == 0) {
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(FORMAT_KEY, FORMAT);
        positions.forEach((key, offset) -> data.put(POSITION_PREFIX + key, Long.toString(offset)));
        try {
            indexAll(uncommitted.values());
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            if (searchers != null) {
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not commit the read model", e);
        }
        uncommitted.clear();
        pending = 0;
    }

    /** Writes the views' entries, on as many threads as there are cores (IndexWriter indexes concurrently). */
    private void indexAll(java.util.Collection<DisclosureView> views) throws IOException {
        if (views.size() < 8) {
            for (DisclosureView view : views) {
                writer.updateDocuments(new Term(DOCUMENT_ID, view.documentId), indexer.entries(view));
            }
            return;
        }
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        for (DisclosureView view : views) {
            work.add(indexers.submit(() -> {
                writer.updateDocuments(new Term(DOCUMENT_ID, view.documentId), indexer.entries(view));
                return null;
            }));
        }
        try {
            for (java.util.concurrent.Future<?> future : work) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (RuntimeException e) {
            // retried on the next tick; the positions stay with the uncommitted changes
        }
    }

    /** Waits until the segment merges that are running or due have ended (bulk loads and benchmarks). */
    public void awaitMerges() {
        try {
            writer.maybeMerge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
            merges.sync();
        }
    }

    /** Empties the read model and forgets every position: the consumers then read the topics from their beginning. */
    public synchronized void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        positions.clear();
        uncommitted.clear();
        pending = 1;
        commit();
    }

    public synchronized Optional<DisclosureView> find(String documentId) {
        DisclosureView changed = uncommitted.get(documentId);
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
            byte[] stored = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(VIEW)).getBinaryValue(VIEW).bytes;
            return Optional.of(json.readValue(StoredViews.decompress(stored), DisclosureView.class));
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
            var stored = searcher.storedFields();
            for (int i = valid.page() * valid.size(); i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                hits.add(json.readValue(stored.document(hit.doc, HIT_ONLY).get(HIT), new TypeReference<Map<String, Object>>() {
                }));
            }
            FacetCounter.Counts counts = searcher.search(query, facetCounter);
            return new SearchPage(counts.matches(), valid.page(), valid.size(), hits, counts.facets());
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
        committer.shutdownNow();
        synchronized (this) {
            commit();
            indexers.shutdownNow();
            searchers.close();
            writer.close();
            directory.close();
        }
    }
}
