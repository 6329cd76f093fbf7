package org.budgetwatch.readmodel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;

/** The primitives of {@link ViewCodec}'s binary form: nullable strings and integers, and the growing output it writes to. */
final class CompactIO {

    private CompactIO() {
    }

    /** A string or null: its UTF-8 length plus one (0 for null), then its bytes. */
    static void string(DataOutput out, String value) throws IOException {
        if (value == null) {
            out.writeVInt(0);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeVInt(utf8.length + 1);
        out.writeBytes(utf8, utf8.length);
    }

    static String string(DataInput in) throws IOException {
        int length = in.readVInt();
        if (length == 0) {
            return null;
        }
        byte[] utf8 = new byte[length - 1];
        in.readBytes(utf8, 0, utf8.length);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** An Integer or null: 0 for null, else 1 and the value (zig-zag, so negative values stay short). */
    static void integer(DataOutput out, Integer value) throws IOException {
        if (value == null) {
            out.writeByte((byte) 0);
        } else {
            out.writeByte((byte) 1);
            out.writeZInt(value);
        }
    }

    static Integer integer(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readZInt();
    }

    /** A growing byte array. */
    static final class Out extends DataOutput {

        byte[] bytes = new byte[16 * 1024];
        int length;

        @Override
        public void writeByte(byte b) {
            if (length == bytes.length) {
                bytes = ArrayUtil.grow(bytes, length + 1);
            }
            bytes[length++] = b;
        }

        @Override
        public void writeBytes(byte[] b, int offset, int count) {
            bytes = ArrayUtil.grow(bytes, length + count);
            System.arraycopy(b, offset, bytes, length, count);
            length += count;
        }

        ByteBuffersDataInput written() {
            return new ByteBuffersDataInput(List.of(ByteBuffer.wrap(bytes, 0, length)));
        }

        int length() {
            return length;
        }
    }
}
