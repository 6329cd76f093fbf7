package org.budgetwatch.projection.readmodel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;

/**
 * A disclosure's whole view, kept with its disclosure entry in a binary doc values column, in Smile (binary JSON)
 * compressed with LZ4. Written once per event and read once per document page or per later event of the same
 * disclosure, never scanned: Smile writes and reads it about a quarter faster than JSON at less than half the size,
 * LZ4 takes it to about a sixth of the JSON at a fraction of what gzip cost (gzip took longer than writing the JSON
 * itself), and in its own column the view stays out of the stored-field blocks that searches decompress for hits.
 */
final class StoredViews {

    /** Lucene's LZ4 compressor (its fast mode) keeps a hash table; each indexing thread reuses its own. */
    private static final ThreadLocal<Compressor> COMPRESSORS = ThreadLocal.withInitial(CompressionMode.FAST::newCompressor);
    private static final ObjectMapper SMILE = SmileMapper.builder().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();

    private StoredViews() {
    }

    static BinaryDocValuesField field(DisclosureView view) {
        try {
            byte[] smile = SMILE.writeValueAsBytes(view);
            ByteBuffersDataOutput out = new ByteBuffersDataOutput(smile.length / 3 + 16);
            out.writeVInt(smile.length);
            COMPRESSORS.get().compress(new ByteBuffersDataInput(List.of(ByteBuffer.wrap(smile))), out);
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
        byte[] smile = new byte[in.readVInt()];
        LZ4.decompress(in, smile.length, smile, 0);
        return Optional.of(SMILE.readValue(smile, DisclosureView.class));
    }
}
