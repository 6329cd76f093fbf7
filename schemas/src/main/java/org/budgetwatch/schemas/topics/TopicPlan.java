package org.budgetwatch.schemas.topics;

import java.util.Map;

/**
 * A topic as the pipeline needs it: its name and the configuration it must have (retention and clean-up; everything
 * else is left to the cluster).
 *
 * @param purpose why the topic keeps what it keeps, for the log and the docs
 */
public record TopicPlan(String name, Map<String, String> config, String purpose) {

    public TopicPlan {
        config = Map.copyOf(config);
    }
}
