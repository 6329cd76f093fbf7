package org.budgetwatch.validation;

import java.util.List;
import org.budgetwatch.validation.rules.Rule;

/** The rules one kind of document is validated with, under a version that changes whenever the rules do. */
public record RuleSet(String version, List<Rule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }
}
