package org.budgetwatch.ingest.submission;

import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.budgetwatch.contracts.raw.DisclosureSubmission;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.schemas.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Submissions from crawlers that prefer Kafka (disclosures.submissions.v1) take the same path as HTTP ones. */
@Configuration(proxyBeanMethods = false)
class KafkaSubmissions {

    private static final Logger log = LoggerFactory.getLogger(KafkaSubmissions.class);

    @Bean
    Consumer<DisclosureSubmission> submissions(SubmissionService service) {
        return submission -> {
            ByteBuffer buffer = submission.getContent();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            var hints = submission.getHints();
            try {
                service.accept(new Submission(bytes, submission.getFileName(), submission.getSourceUrl(), submission.getSubmitter(),
                        hints == null ? null : hints.getDepartment(), hints == null ? null : hints.getRegion(),
                        hints == null ? null : hints.getFiscalYear(), SubmissionChannel.KAFKA));
            } catch (InvalidSubmissionException | DocumentTooLargeException refused) {
                // a submission that can never be accepted is rejected visibly, not retried forever
                log.warn("Refused submission {} from {}: {}", LogSafe.text(submission.getFileName()), LogSafe.text(submission.getSubmitter()),
                        refused.getMessage());
                service.reject(bytes, submission.getFileName(), refused);
            }
        };
    }
}
