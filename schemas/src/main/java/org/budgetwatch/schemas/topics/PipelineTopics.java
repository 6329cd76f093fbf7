package org.budgetwatch.schemas.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every topic of the pipeline keeps, and for how long. Kafka's default is to delete after 7 days; the pipeline
 * cannot live with that: ingest's ledger (what it has seen, the de-duplication memory), {@code --rebuild-read-model} and
 * {@code budgetwatch replay} read the topics from their beginning.
 * <ul>
 * <li>disclosures.raw.v1 is the archive of what was accepted, one record per document: kept for good.</li>
 * <li>tables, discrepancies and rejected are the state of each document: compacted by document id (the key of every
 * record), so that the latest extraction, report and rejection of every document are kept for good while the reports a
 * replay superseded are cleaned up in time.</li>
 * <li>submissions only carry documents to ingest, which writes them to the raw topic: kept for a stated time.</li>
 * <li>dead letters are kept for a stated time, for an operator to look at.</li>
 * </ul>
 *
 * @param submissionsRetention how long a crawler's submission is kept on disclosures.submissions.v1
 * @param deadLetterRetention  how long a dead letter is kept
 */
public record PipelineTopics(String submissions, String raw, String tables, String discrepancies, String rejected,
                             Duration submissionsRetention, Duration deadLetterRetention) {

    /** Kafka's value for "no time limit". */
    static final String FOREVER = "-1";

    public List<TopicPlan> plans() {
        List<TopicPlan> plans = new ArrayList<>();
        plans.add(new TopicPlan(raw, Map.of("cleanup.policy", "delete", "retention.ms", FOREVER, "retention.bytes", FOREVER),
                "every accepted document, kept for good"));
        for (String state : List.of(tables, discrepancies, rejected)) {
            plans.add(new TopicPlan(state, Map.of("cleanup.policy", "compact", "retention.ms", FOREVER, "retention.bytes", FOREVER),
                    "the latest event of every document, compacted by document id"));
        }
        plans.add(new TopicPlan(submissions, timed(submissionsRetention), "submissions on their way to ingest"));
        for (String deadLetters : deadLetterTopics()) {
            plans.add(new TopicPlan(deadLetters, timed(deadLetterRetention), "records a service could not read"));
        }
        return plans;
    }

    /** The dead-letter topics of the services, named {@code <topic>.<service>.dlq} as their bindings name them. */
    public List<String> deadLetterTopics() {
        return List.of(submissions + ".ingest.dlq", raw + ".extractor.dlq", tables + ".validator.dlq", tables + ".projection.dlq",
                discrepancies + ".projection.dlq", rejected + ".projection.dlq");
    }

    private static Map<String, String> timed(Duration retention) {
        return Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(retention.toMillis()), "retention.bytes", FOREVER);
    }
}
