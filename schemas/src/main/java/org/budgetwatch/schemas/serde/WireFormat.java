package org.budgetwatch.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent wire format: magic byte 0, the schema id as a 4-byte big-endian int, then Avro binary.
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0x0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    static byte[] frame(int schemaId, byte[] avroBinary) {
        return ByteBuffer.allocate(HEADER_SIZE + avroBinary.length)
                .put(MAGIC_BYTE)
                .putInt(schemaId)
                .put(avroBinary)
                .array();
    }

    /** The schema id of a framed payload; throws when the payload is not in the wire format. */
    public static int schemaId(byte[] payload) {
        if (payload == null || payload.length < HEADER_SIZE) {
            throw new SerializationException("Not in the Confluent wire format: "
                    + (payload == null ? "null payload" : payload.length + " bytes, fewer than the 5-byte header"));
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new SerializationException("Not in the Confluent wire format: unknown magic byte " + payload[0]);
        }
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }
}
