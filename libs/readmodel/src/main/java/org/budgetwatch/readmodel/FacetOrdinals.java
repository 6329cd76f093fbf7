package org.budgetwatch.readmodel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One segment's facet values, read once from the facet doc values that lucene-facet indexes and kept on the heap, with
 * each line item and discrepancy given its disclosure's year, region, kind and status, which only the disclosure's own
 * entry carries. The entries of a disclosure share most of their labels (type, year, region, kind, status, often the
 * table type), so each distinct set of labels in the segment gets a number, its signature, and each entry just the
 * number of its set. Counting the facets of a broad search then adds one to an array slot per match, and afterwards
 * adds each set's count to its labels: instead of decoding the doc values of hundreds of thousands of matches again
 * on every search, which was most of a search's time. Segments never change, so this is built when a segment first
 * becomes searchable ({@link Cache#warm}) and dropped when it is closed.
 */
final class FacetOrdinals {

    private static final FacetOrdinals EMPTY = new FacetOrdinals(new String[0], new String[0], new int[0], new int[] {0, 0}, new int[0]);

    /** The dimension and the label of each ordinal. */
    private final String[] dims;
    private final String[] labels;
    /** The label set of each entry; an entry without facets has the empty set, number 0. */
    private final int[] signatures;
    /** The ordinals of set s are ords[starts[s]] up to ords[starts[s + 1]]. */
    private final int[] starts;
    private final int[] ords;

    private FacetOrdinals(String[] dims, String[] labels, int[] signatures, int[] starts, int[] ords) {
        this.dims = dims;
        this.labels = labels;
        this.signatures = signatures;
        this.starts = starts;
        this.ords = ords;
    }

    static FacetOrdinals read(LeafReader segment) throws IOException {
        if (segment.getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
            return EMPTY;
        }
        SortedSetDocValues values = DocValues.getSortedSet(segment, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int valueCount = Math.toIntExact(values.getValueCount());
        String[] dims = new String[valueCount];
        String[] labels = new String[valueCount];
        for (int ord = 0; ord < valueCount; ord++) {
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
            dims[ord] = path[0].intern();
            labels[ord] = path.length > 1 ? path[1] : "";
        }
        int[] signatures = new int[segment.maxDoc()];
        Map<LabelSet, Integer> numbers = new HashMap<>();
        List<int[]> sets = new ArrayList<>();
        numbers.put(new LabelSet(new int[0]), 0);
        sets.add(new int[0]);
        SortedSetDocValues entries = DocValues.getSortedSet(segment, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int[] buffer = new int[16];
        for (int doc = entries.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = entries.nextDoc()) {
            int count = entries.docValueCount();
            if (count > buffer.length) {
                buffer = new int[Math.max(count, buffer.length * 2)];
            }
            for (int i = 0; i < count; i++) {
                buffer[i] = (int) entries.nextOrd();
            }
            signatures[doc] = number(Arrays.copyOf(buffer, count), numbers, sets);
        }
        inheritDisclosureLabels(dims, labels, signatures, numbers, sets);
        int[] starts = new int[sets.size() + 1];
        for (int s = 0; s < sets.size(); s++) {
            starts[s + 1] = starts[s] + sets.get(s).length;
        }
        int[] ords = new int[starts[sets.size()]];
        for (int s = 0; s < sets.size(); s++) {
            System.arraycopy(sets.get(s), 0, ords, starts[s], sets.get(s).length);
        }
        return new FacetOrdinals(dims, labels, signatures, starts, ords);
    }

    /** The number of a label set, a new one if the set is new. */
    private static int number(int[] ords, Map<LabelSet, Integer> numbers, List<int[]> sets) {
        LabelSet set = new LabelSet(ords);
        Integer number = numbers.get(set);
        if (number == null) {
            number = sets.size();
            numbers.put(set, number);
            sets.add(ords);
        }
        return number;
    }

    /**
     * Gives each line item and discrepancy the labels of its disclosure's year, region, kind and status, which only the
     * disclosure entry carries: its block's last entry (see {@link DisclosureBlocks}). Entries are read backwards, so
     * that each block's disclosure entry comes before the entries it completes.
     */
    private static void inheritDisclosureLabels(String[] dims, String[] labels, int[] signatures, Map<LabelSet, Integer> numbers,
                                                List<int[]> sets) {
        int disclosureOrd = -1;
        boolean[] inherited = new boolean[dims.length];
        for (int ord = 0; ord < dims.length; ord++) {
            if (IndexFields.TYPE.equals(dims[ord]) && IndexFields.DISCLOSURE.equals(labels[ord])) {
                disclosureOrd = ord;
            }
            inherited[ord] = IndexFields.DISCLOSURE_FACETS.contains(dims[ord]);
        }
        if (disclosureOrd < 0) {
            return; // no disclosure entries in this segment
        }
        Map<Long, Integer> completed = new HashMap<>();
        int disclosureSet = -1;
        for (int doc = signatures.length - 1; doc >= 0; doc--) {
            int set = signatures[doc];
            if (Arrays.binarySearch(sets.get(set), disclosureOrd) >= 0) {
                disclosureSet = set;
            } else if (disclosureSet >= 0) {
                long pair = ((long) set << 32) | disclosureSet;
                Integer number = completed.get(pair);
                if (number == null) {
                    number = number(union(sets.get(set), sets.get(disclosureSet), inherited), numbers, sets);
                    completed.put(pair, number);
                }
                signatures[doc] = number;
            }
        }
    }

    /** The entry's ordinals and those of its disclosure's that it inherits, sorted. */
    private static int[] union(int[] own, int[] disclosure, boolean[] inherited) {
        int[] union = Arrays.copyOf(own, own.length + disclosure.length);
        int size = own.length;
        for (int ord : disclosure) {
            if (inherited[ord] && Arrays.binarySearch(own, ord) < 0) {
                union[size++] = ord;
            }
        }
        union = Arrays.copyOf(union, size);
        Arrays.sort(union);
        return union;
    }

    /** A new count of matches in this segment, for one search. */
    Tally tally() {
        return new Tally();
    }

    /** The matches of one search in this segment, counted by label set. */
    final class Tally {

        private final int[] counts = new int[starts.length - 1];
        /** The label sets counted so far, so that narrow searches never scan every set. */
        private int[] counted = new int[64];
        private int countedSets;

        void count(int doc) {
            int set = signatures[doc];
            if (counts[set]++ == 0) {
                if (countedSets == counted.length) {
                    counted = Arrays.copyOf(counted, countedSets * 2);
                }
                counted[countedSets++] = set;
            }
        }

        /** Hands each label the number of counted matches that have it. */
        void forEachLabel(LabelCount action) {
            int[] byOrd = new int[dims.length];
            for (int c = 0; c < countedSets; c++) {
                int set = counted[c];
                for (int i = starts[set]; i < starts[set + 1]; i++) {
                    byOrd[ords[i]] += counts[set];
                }
            }
            for (int ord = 0; ord < byOrd.length; ord++) {
                if (byOrd[ord] > 0) {
                    action.accept(dims[ord], labels[ord], byOrd[ord]);
                }
            }
        }
    }

    interface LabelCount {
        void accept(String dim, String label, int count);
    }

    /** A sorted set of ordinals, compared by content. */
    private record LabelSet(int[] ords) {

        @Override
        public boolean equals(Object other) {
            return other instanceof LabelSet set && Arrays.equals(ords, set.ords);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ords);
        }
    }

    /** The ordinals of every searchable segment, by segment. */
    static final class Cache {

        private final Map<IndexReader.CacheKey, FacetOrdinals> segments = new ConcurrentHashMap<>();

        /** Reads the ordinals of the reader's segments that are new; called when a reader is opened, before searches use it. */
        void warm(IndexReader reader) throws IOException {
            for (var leaf : reader.leaves()) {
                of(leaf.reader());
            }
        }

        FacetOrdinals of(LeafReader segment) throws IOException {
            IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
            if (helper == null) {
                return read(segment); // a reader without a stable core: nothing to share
            }
            FacetOrdinals known = segments.get(helper.getKey());
            if (known != null) {
                return known;
            }
            FacetOrdinals read = read(segment);
            FacetOrdinals earlier = segments.putIfAbsent(helper.getKey(), read);
            if (earlier != null) {
                return earlier;
            }
            helper.addClosedListener(segments::remove);
            return read;
        }

        /** Segments whose ordinals are held. */
        int size() {
            return segments.size();
        }
    }
}
