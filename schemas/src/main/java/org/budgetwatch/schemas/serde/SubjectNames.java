package org.budgetwatch.schemas.serde;

/** Confluent's TopicNameStrategy: subjects are {@code <topic>-key} and {@code <topic>-value}. */
public final class SubjectNames {

    private SubjectNames() {
    }

    public static String topicName(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
