package org.budgetwatch.schemas.serde;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/** The size of an event's Avro encoding (without the wire format's five header bytes), counted, not kept. */
public final class EncodedSize {

    private EncodedSize() {
    }

    public static long of(SpecificRecord event) {
        CountingStream counter = new CountingStream();
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(counter, null);
            new SpecificDatumWriter<SpecificRecord>(event.getSchema()).write(event, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
