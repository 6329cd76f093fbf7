package org.budgetwatch.validation.rules;

import java.util.List;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.validation.report.Severity;

/** A rule made of identities between printed figures, each checked by {@link SumCheck} within rounding. */
abstract class IdentityRule implements Rule {

    abstract List<Addition> identities(ExtractedDocument document);

    Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        for (Addition identity : identities(document)) {
            SumCheck.check(id(), category(), severity(), identity, sink);
        }
    }
}
