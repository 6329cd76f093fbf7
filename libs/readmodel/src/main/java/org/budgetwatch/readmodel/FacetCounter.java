package org.budgetwatch.readmodel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the facet labels of every match of a search, without scoring, from the segments' {@link FacetOrdinals}: the
 * exact number of matches and, per dimension, the most frequent labels (ties in label order).
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counts> {

    private final FacetOrdinals.Cache ordinals;
    private final String[] dims;
    private final int top;

    FacetCounter(FacetOrdinals.Cache ordinals, String[] dims, int top) {
        this.ordinals = ordinals;
        this.dims = dims;
        this.top = top;
    }

    /** The number of matches and the top labels of each dimension (an empty list for a dimension no match has). */
    record Counts(long matches, Map<String, List<SearchPage.FacetCount>> facets) {
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Counts reduce(Collection<Counting> collectors) {
        long matches = 0;
        Map<String, Map<String, Long>> byDim = new HashMap<>();
        for (Counting counting : collectors) {
            matches += counting.matches;
            counting.addTo(byDim);
        }
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        for (String dim : dims) {
            facets.put(dim, byDim.getOrDefault(dim, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .limit(top).map(e -> new SearchPage.FacetCount(e.getKey(), e.getValue())).toList());
        }
        return new Counts(matches, facets);
    }

    /** Counts of one search thread, segment by segment. */
    final class Counting implements Collector {

        private final List<FacetOrdinals.Tally> segments = new ArrayList<>();
        private long matches;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FacetOrdinals.Tally segment = ordinals.of(context.reader()).tally();
            segments.add(segment);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no scores
                }

                @Override
                public void collect(int doc) {
                    matches++;
                    segment.count(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        private void addTo(Map<String, Map<String, Long>> byDim) {
            for (FacetOrdinals.Tally segment : segments) {
                segment.forEachLabel((dim, label, count) -> byDim.computeIfAbsent(dim, d -> new HashMap<>()).merge(label, (long) count, Long::sum));
            }
        }
    }
}
