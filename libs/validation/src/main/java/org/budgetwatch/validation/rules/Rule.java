package org.budgetwatch.validation.rules;

import org.budgetwatch.extraction.model.ExtractedDocument;

/** A named check with a stable id; it reports every check it makes through the sink. */
public interface Rule {

    String id();

    String category();

    void check(ExtractedDocument document, CheckSink sink);

    /**
     * Whether the rule sees tables whose reading is doubtful. Rules that judge a table's figures or names see only
     * tables read with confidence; a rule about which tables a document has, or about the reading itself, sees all.
     */
    default boolean readsEveryTable() {
        return false;
    }
}
