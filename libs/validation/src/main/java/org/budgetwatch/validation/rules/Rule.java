package org.budgetwatch.validation.rules;

import org.budgetwatch.extraction.model.ExtractedDocument;

/** A named check with a stable id; it reports every check it makes through the sink. */
public interface Rule {

    String id();

    String category();

    void check(ExtractedDocument document, CheckSink sink);
}
