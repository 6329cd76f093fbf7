package org.budgetwatch.readmodel;

import static org.budgetwatch.readmodel.IndexFields.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
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
import org.apache.lucene.util.BytesRef;
import org.budgetwatch.schemas.DocumentState;

/**
 * Searches what the read model has committed: hits with facet counts, a disclosure's stored view, which disclosures
 * are searchable with their outcome, and counts for the whole read model. Sees a commit once {@link #refresh} is called.
 */
final class ReadModelSearches implements Closeable {

    private static final Set<String> HIT_ONLY = Set.of(HIT);

    private final ObjectMapper json;
    private final DisclosureBlocks blocks = new DisclosureBlocks();
    private final QueryFactory queries;
    private final FacetOrdinals.Cache facetOrdinals = new FacetOrdinals.Cache();
    private final FacetCounter facetCounter = new FacetCounter(facetOrdinals, FACETS, 50);
    private final SearcherManager searchers;

    ReadModelSearches(IndexWriter writer, Analyzer analyzer, ObjectMapper json) throws IOException {
        this.json = json;
        this.queries = new QueryFactory(analyzer, blocks);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                facetOrdinals.warm(reader); // new segments' facet arrays are read here, not by the first search
                return new IndexSearcher(reader);
            }
        });
    }

    /** Makes the last commit searchable. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** The disclosure's view as the last searchable commit holds it. */
    Optional<DisclosureView> stored(String documentId) {
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

    /** Of these disclosures, those whose outcome (report or rejection) a search finds now. */
    Set<String> searchable(Collection<String> documentIds) {
        return withSearcher(searcher -> {
            Set<String> found = new HashSet<>();
            for (String documentId : documentIds) {
                Query ended = new BooleanQuery.Builder().add(new TermQuery(new Term(DOCUMENT_ID, documentId)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(TYPE, DISCLOSURE)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(STATUS, DocumentState.EXTRACTED.name())), BooleanClause.Occur.MUST_NOT).build();
                if (searcher.count(ended) > 0) {
                    found.add(documentId);
                }
            }
            return found;
        });
    }

    /**
     * @param timeLimit how long the search may take
     * @throws InvalidQueryException  when a parameter or the query text cannot be used
     * @throws SearchTimeoutException when the search took longer and was stopped
     */
    SearchPage search(SearchQuery search, Duration timeLimit) {
        SearchQuery valid = search.validated();
        Query query = queries.query(valid);
        Sort sort = queries.sort(valid);
        int window = (valid.page() + 1) * valid.size();
        return withSearcher(shared -> {
            IndexSearcher searcher = TimeLimitedSearcher.of(shared, timeLimit);
            try {
                SearchPage page = search(searcher, valid, query, sort, window);
                TimeLimitedSearcher.requireFinished(searcher, timeLimit);
                return page;
            } catch (ExitableDirectoryReader.ExitingReaderException e) {
                throw new SearchTimeoutException(timeLimit);
            }
        });
    }

    private SearchPage search(IndexSearcher searcher, SearchQuery valid, Query query, Sort sort, int window) throws IOException {
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
                hit = EntryHits.withDisclosure(hit, disclosureHit);
            }
            hits.add(hit);
        }
        FacetCounter.Counts counts = searcher.search(query, facetCounter);
        return new SearchPage(counts.matches(), valid.page(), valid.size(), hits, counts.facets());
    }

    private Map<String, Object> hit(StoredFields stored, int doc) throws IOException {
        BytesRef hit = stored.document(doc, HIT_ONLY).getBinaryValue(HIT);
        return json.readValue(hit.bytes, hit.offset, hit.length, new TypeReference<Map<String, Object>>() {
        });
    }

    /** Counts for the whole read model: disclosures by status, region and year; discrepancies by rule and severity. */
    Map<String, Object> stats() {
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
        searchers.close();
    }
}
