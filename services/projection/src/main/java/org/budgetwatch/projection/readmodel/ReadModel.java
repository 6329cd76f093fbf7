package org.budgetwatch.projection.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The search read model: one Lucene entry per disclosure, keyed by document id, holding its full view as a
 * stored JSON field and its searchable text (department, region, titles, line items, codes, findings)
 * analysed for Chinese with smartcn. Every change is committed before the event counts as projected.
 */
public final class ReadModel implements AutoCloseable {

    static final String ID = "id";
    static final String TEXT = "text";
    static final String CODE = "code";
    static final String VIEW = "view";
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public ReadModel(Path directory) {
        try {
            writer = new IndexWriter(FSDirectory.open(directory), new IndexWriterConfig(analyzer));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the read model at " + directory, e);
        }
    }

    /** Applies an event to the document's view and commits the result. */
    public synchronized void project(String documentId, Object event) {
        DisclosureView view = find(documentId).orElseGet(DisclosureView::new);
        view.documentId = documentId;
        DisclosureProjector.apply(view, event);
        try {
            writer.updateDocument(new Term(ID, documentId), toDocument(view));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update the read model for " + documentId, e);
        }
    }

    public Optional<DisclosureView> find(String documentId) {
        List<DisclosureView> found = run(new TermQuery(new Term(ID, documentId)), 1).views();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * @param text query in Lucene's classic syntax over the searchable text; blank matches every disclosure
     * @throws InvalidQueryException when the query cannot be parsed
     */
    public SearchResult search(String text, Integer fiscalYear, int limit) {
        Query query;
        if (text == null || text.isBlank()) {
            query = new MatchAllDocsQuery();
        } else {
            try {
                QueryParser parser = new QueryParser(TEXT, analyzer);
                parser.setDefaultOperator(QueryParser.Operator.AND);
                query = new BooleanQuery.Builder()
                        .add(parser.parse(text), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(CODE, text.trim())), BooleanClause.Occur.SHOULD)
                        .build();
            } catch (ParseException e) {
                throw new InvalidQueryException("Cannot read the query '" + text + "': " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        if (fiscalYear != null) {
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(IntPoint.newExactQuery("fiscalYear", fiscalYear), BooleanClause.Occur.FILTER).build();
        }
        return run(query, limit);
    }

    public int count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult run(Query query, int limit) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, Math.max(1, limit));
                List<DisclosureView> views = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    views.add(JSON.readValue(searcher.storedFields().document(hit.doc).get(VIEW), DisclosureView.class));
                }
                return new SearchResult(top.totalHits.value, views);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toDocument(DisclosureView view) {
        Document doc = new Document();
        doc.add(new StringField(ID, view.documentId, Field.Store.YES));
        if (view.fiscalYear != null) {
            doc.add(new IntPoint("fiscalYear", view.fiscalYear));
        }
        StringJoiner text = new StringJoiner("\n");
        add(text, view.department, view.region, view.title, view.fileName, view.rejectionMessage);
        for (DisclosureView.TableView table : view.tables) {
            text.add(table.title());
            for (DisclosureView.LineItemView row : table.rows()) {
                add(text, row.label(), row.code());
                if (row.code() != null) {
                    doc.add(new StringField(CODE, row.code(), Field.Store.NO));
                }
            }
        }
        view.findings.forEach(f -> add(text, f.ruleId(), f.messageZh()));
        doc.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        try {
            doc.add(new StoredField(VIEW, JSON.writeValueAsString(view)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return doc;
    }

    private static void add(StringJoiner text, String... parts) {
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.add(part);
            }
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    public record SearchResult(long total, List<DisclosureView> views) {
    }
}
