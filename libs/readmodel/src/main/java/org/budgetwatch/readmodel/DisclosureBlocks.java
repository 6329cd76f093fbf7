package org.budgetwatch.readmodel;

import static org.budgetwatch.readmodel.IndexFields.DISCLOSURE;
import static org.budgetwatch.readmodel.IndexFields.TYPE;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.util.BitSet;

/**
 * A disclosure's entries form one Lucene block: its line items and discrepancies, then its own entry last. What only
 * the disclosure entry carries (region, department, kind, status, whether it has discrepancies) reaches the entries
 * before it through the block: filters select disclosure entries and then their blocks (lucene-join's
 * {@link ToChildBlockJoinQuery}), and a line item's hit takes its disclosure's fields from the block's last entry.
 * Writing those fields once per disclosure instead of on each of its hundred-odd entries saved a tenth of indexing.
 */
final class DisclosureBlocks {

    /** The disclosure entries of each segment, as a bit set cached per segment by lucene-join. */
    private final BitSetProducer disclosures = new QueryBitSetProducer(new TermQuery(new Term(TYPE, DISCLOSURE)));

    /**
     * The entries of the disclosures that a query over disclosure entries matches, of the given kind or (null) of
     * every kind.
     */
    Query entriesOf(Query disclosureEntries, String type) {
        if (DISCLOSURE.equals(type)) {
            return disclosureEntries;
        }
        Query others = new ToChildBlockJoinQuery(disclosureEntries, disclosures);
        if (type != null) {
            return others;
        }
        return new BooleanQuery.Builder().add(disclosureEntries, BooleanClause.Occur.SHOULD).add(others, BooleanClause.Occur.SHOULD).build();
    }

    /** The disclosure entry of an entry's block: the entry itself for a disclosure entry. */
    int disclosureOf(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BitSet bits = disclosures.getBitSet(leaf);
        if (bits == null) {
            throw new IllegalStateException("an entry without its disclosure entry: the index is not one this version wrote");
        }
        return leaf.docBase + bits.nextSetBit(doc - leaf.docBase);
    }
}
