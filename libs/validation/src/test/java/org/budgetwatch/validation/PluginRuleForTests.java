package org.budgetwatch.validation;

import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.validation.rules.CheckSink;
import org.budgetwatch.validation.rules.Rule;

/** A rule that joins the catalogue from the classpath (META-INF/services), as a regional team's rule would. */
public final class PluginRuleForTests implements Rule {

    @Override
    public String id() {
        return "TEST-PLUGIN";
    }

    @Override
    public String category() {
        return "plugin";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        sink.passed(id());
    }
}
