package org.budgetwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;

/** The one way bad input may end: a rejection with one of the expected reasons and a message. */
final class RejectionAssertions {

    private RejectionAssertions() {
    }

    static void assertRejected(ExtractionResult result, RejectionReason... reasons) {
        assertThat(result).isInstanceOfSatisfying(ExtractionResult.Rejected.class, r -> {
            assertThat(r.reason()).isIn((Object[]) reasons);
            assertThat(r.message()).isNotBlank();
        });
    }
}
