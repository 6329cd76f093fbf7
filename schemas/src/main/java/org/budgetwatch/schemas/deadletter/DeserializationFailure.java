package org.budgetwatch.schemas.deadletter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Why a record could not be read, from the header in which Spring Kafka's {@code ErrorHandlingDeserializer} leaves
 * the failure (a Java-serialised {@code DeserializationException} that also holds the record's bytes).
 *
 * @param type    the class of the error that stopped deserialisation
 * @param message its message
 * @param data    the record's original bytes, or null when the header did not hold them
 */
public record DeserializationFailure(String type, String message, byte[] data) {

    /** The header in which Spring Kafka's ErrorHandlingDeserializer leaves the failure of a record's value. */
    public static final String SPRING_HEADER = SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER;

    /** Reads the exception header, allowing only the exception classes Spring Kafka writes there. */
    public static DeserializationFailure read(byte[] serialized) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "org.springframework.**;java.lang.*;java.util.*;org.apache.kafka.**;org.apache.avro.**;org.budgetwatch.**;[B;[Ljava.lang.*;!*"));
            Object exception = in.readObject();
            if (exception instanceof Throwable t) {
                Throwable cause = t.getCause() != null ? t.getCause() : t;
                byte[] data = (byte[]) t.getClass().getMethod("getData").invoke(t);
                return new DeserializationFailure(cause.getClass().getName(), String.valueOf(cause.getMessage()), data);
            }
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return new DeserializationFailure(e.getClass().getName(), "the failure header could not be read: " + e.getMessage(), null);
        }
        return new DeserializationFailure("unknown", "the failure header held no exception", null);
    }
}
