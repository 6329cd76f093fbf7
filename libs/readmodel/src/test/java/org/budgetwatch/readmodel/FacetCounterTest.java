package org.budgetwatch.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The read model's facet counts agree with lucene-facet's own counting of the same entries in an index where every
 * entry carries its disclosure's labels itself: the read model's line items inherit them from their disclosure entry,
 * the last of its block.
 */
class FacetCounterTest {

    private static final String[] DIMS = {"type", "year", "region", "tableType"};
    private static final String[] REGIONS = {"北京市东城区", "上海市普陀区", "湖北省武汉市东西湖区", "吉林省延边朝鲜族自治州", "河北省保定市满城区"};
    private static final String[] TABLES = {"PROJECT_EXPENDITURE", "REVENUE_SUMMARY", "THREE_PUBLIC_COSTS"};

    @Test
    void shouldCountLikeLuceneFacetOverSegmentsWithDeletions() throws Exception {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("tableType", true);
        try (Directory blocks = new ByteBuffersDirectory(); Directory flat = new ByteBuffersDirectory()) {
            write(blocks, config, true);
            write(flat, config, false);
            try (DirectoryReader reader = DirectoryReader.open(blocks); DirectoryReader flatReader = DirectoryReader.open(flat)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(3);
                assertThat(reader.hasDeletions()).isTrue();
                IndexSearcher searcher = new IndexSearcher(reader);
                IndexSearcher flatSearcher = new IndexSearcher(flatReader);
                FacetOrdinals.Cache ordinals = new FacetOrdinals.Cache();
                ordinals.warm(reader);
                assertThat(ordinals.size()).isEqualTo(reader.leaves().size());
                FacetCounter counter = new FacetCounter(ordinals, DIMS, 50);
                DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(flatReader, config);

                for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("type", "lineItem")),
                        new TermQuery(new Term("type", "document")), new TermRangeQuery("disclosure", new BytesRef("1"), new BytesRef("2"), true, false),
                        new TermQuery(new Term("type", "nothing")))) {
                    FacetCounter.Counts counts = searcher.search(query, counter);
                    FacetsCollector collected = flatSearcher.search(query, new FacetsCollectorManager());
                    SortedSetDocValuesFacetCounts expected = new SortedSetDocValuesFacetCounts(state, collected);

                    assertThat(counts.matches()).as(query.toString()).isEqualTo(flatSearcher.count(query));
                    for (String dim : DIMS) {
                        assertThat(counts.facets().get(dim)).as(query + " " + dim).isEqualTo(luceneCounts(expected, dim));
                    }
                }
            }
        }
    }

    /** The same 300 disclosures in several segments, every seventh deleted: as blocks, or with every entry labelled in full. */
    private static void write(Directory directory, FacetsConfig config, boolean blocks) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int disclosure = 0; disclosure < 300; disclosure++) {
                writer.addDocuments(entries(config, random, disclosure, blocks));
                if (disclosure % 70 == 69) {
                    writer.commit(); // several segments
                }
            }
            for (int disclosure = 0; disclosure < 300; disclosure += 7) {
                writer.deleteDocuments(new Term("disclosure", Integer.toString(disclosure)));
            }
            writer.commit();
        }
    }

    @Test
    void shouldForgetTheOrdinalsOfClosedSegments() throws Exception {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("tableType", true);
        FacetOrdinals.Cache ordinals = new FacetOrdinals.Cache();
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocuments(entries(config, new SplittableRandom(1), 0, true));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                ordinals.warm(reader);
                assertThat(ordinals.size()).isEqualTo(1);
            }
            assertThat(ordinals.size()).isZero();
        }
    }

    /** A disclosure's line items, then its disclosure entry; with blocks only the disclosure entry has the year and region. */
    private static List<Document> entries(FacetsConfig config, SplittableRandom random, int disclosure, boolean blocks) throws Exception {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String year = Integer.toString(2020 + random.nextInt(5));
        int lineItems = random.nextInt(12);
        List<Document> entries = new ArrayList<>();
        for (int i = 0; i <= lineItems; i++) {
            boolean disclosureEntry = i == lineItems;
            String type = disclosureEntry ? "document" : "lineItem";
            Document doc = new Document();
            doc.add(new StringField("disclosure", Integer.toString(disclosure), Field.Store.NO));
            doc.add(new StringField("type", type, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("type", type));
            if (disclosureEntry || !blocks) {
                doc.add(new SortedSetDocValuesFacetField("year", year));
                doc.add(new SortedSetDocValuesFacetField("region", region));
            }
            int tables = disclosureEntry ? random.nextInt(TABLES.length + 1) : 1;
            for (int t = 0; t < tables; t++) {
                doc.add(new SortedSetDocValuesFacetField("tableType", TABLES[(i + t) % TABLES.length]));
            }
            entries.add(config.build(doc));
        }
        return entries;
    }

    private static List<SearchPage.FacetCount> luceneCounts(SortedSetDocValuesFacetCounts counts, String dim) throws Exception {
        try {
            FacetResult result = counts.getTopChildren(50, dim);
            if (result == null) {
                return List.of();
            }
            List<SearchPage.FacetCount> values = new ArrayList<>();
            for (LabelAndValue value : result.labelValues) {
                values.add(new SearchPage.FacetCount(value.label, value.value.longValue()));
            }
            return values;
        } catch (IllegalArgumentException e) {
            return List.of(); // a dimension no entry has
        }
    }
}
