package org.budgetwatch.schemas.deadletter;

/** The plain headers of a dead letter (UTF-8 text, but the original value's bytes), readable by any Kafka client. */
public final class DeadLetterHeaders {

    /** The bytes of a record that could not be read (the dead letter itself then has no value). */
    public static final String ORIGINAL_VALUE = "x-original-value";
    public static final String ORIGINAL_TOPIC = "x-original-topic";
    public static final String ORIGINAL_PARTITION = "x-original-partition";
    public static final String ORIGINAL_OFFSET = "x-original-offset";
    public static final String EXCEPTION_CLASS = "x-exception-class";
    public static final String EXCEPTION_MESSAGE = "x-exception-message";

    private DeadLetterHeaders() {
    }
}
