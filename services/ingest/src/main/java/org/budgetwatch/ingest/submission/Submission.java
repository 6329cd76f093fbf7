package org.budgetwatch.ingest.submission;

import org.budgetwatch.contracts.raw.SubmissionChannel;

/** A document offered to the pipeline, with what its submitter says about it (all optional but the bytes). */
public record Submission(byte[] content, String fileName, String sourceUrl, String submitter, String department,
                         String region, Integer fiscalYear, SubmissionChannel channel) {
}
