package org.budgetwatch.readmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;

/**
 * A disclosure's whole view, kept with its disclosure entry in a binary doc values column, in {@link ViewCodec}'s
 * binary form compressed with LZ4. Written once per event and read once per document page or per later event of the
 * same disclosure, never scanned: the codec writes a view several times faster than Jackson's Smile did (which had
 * been a fifth of the indexing time), LZ4 takes it to about a third at a fraction of what gzip cost, and in its own
 * column the view stays out of the stored-field blocks that searches decompress for hits.
 */
final class StoredViews {

    /** Lucene's LZ4 compressor (its fast mode) keeps a hash table; each indexing thread reuses its own. */
    private static final ThreadLocal<Compressor> COMPRESSORS = ThreadLocal.withInitial(CompressionMode.FAST::newCompressor);

    private StoredViews() {
    }

    static BinaryDocValuesField field(DisclosureView view) {
        try {
            CompactIO.Out plain = ViewCodec.write(view);
            ByteBuffersDataOutput out = new ByteBuffersDataOutput(plain.length() / 2 + 16);
            out.writeVLong(plain.length());
            COMPRESSORS.get().compress(plain.written(), out);
            return new BinaryDocValuesField(IndexFields.VIEW, new BytesRef(out.toArrayCopy()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The view kept with an entry; empty for entries that are not a disclosure's. */
    static Optional<DisclosureView> read(IndexSearcher searcher, int doc) throws IOException {
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
        BinaryDocValues views = leaf.reader().getBinaryDocValues(IndexFields.VIEW);
        if (views == null || !views.advanceExact(doc - leaf.docBase)) {
            return Optional.empty();
        }
        BytesRef bytes = views.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        byte[] plain = new byte[Math.toIntExact(in.readVLong())];
        LZ4.decompress(in, plain.length, plain, 0);
        return Optional.of(ViewCodec.view(plain));
    }
}
