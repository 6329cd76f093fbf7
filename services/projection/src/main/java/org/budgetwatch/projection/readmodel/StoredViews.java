package org.budgetwatch.projection.readmodel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A disclosure's whole view is stored gzipped with its entry: JSON of a few hundred rows compresses about tenfold,
 * which keeps the stored-field blocks that searches decompress for their hits small.
 */
final class StoredViews {

    private StoredViews() {
    }

    static byte[] compress(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 8 + 64);
        // the fastest level: a view is written once per event and read once per document page, never scanned
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] decompress(byte[] stored) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
