package org.budgetwatch.validation.report;

/** How often a rule checked something in a document, and how it came out. */
public record RuleTally(String ruleId, int checks, int passed, int failed) {
}
