package org.budgetwatch.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.validation.codes.CodeDictionary;
import org.budgetwatch.validation.rules.XtabBasicRule;
import org.budgetwatch.validation.rules.XtabClassRule;
import org.budgetwatch.validation.rules.XtabCodesRule;
import org.budgetwatch.validation.rules.ArithColSumRule;
import org.budgetwatch.validation.rules.CompleteTablesRule;
import org.budgetwatch.validation.rules.NarrCountRule;
import org.budgetwatch.validation.rules.NameCodeRule;
import org.budgetwatch.validation.rules.NameOtherCodeRule;
import org.budgetwatch.validation.rules.CodeMalformedRule;
import org.budgetwatch.validation.rules.DocConsistencyRule;
import org.budgetwatch.validation.rules.NarrAmountRule;
import org.budgetwatch.validation.rules.NarrClassRule;
import org.budgetwatch.validation.rules.NarrSourcesRule;
import org.budgetwatch.validation.rules.NarrRunningCostRule;
import org.budgetwatch.validation.rules.NarrAssetsRule;
import org.budgetwatch.validation.rules.NameProjectRule;
import org.budgetwatch.validation.rules.XtabProjectsRule;
import org.budgetwatch.validation.rules.Rule;
import org.budgetwatch.validation.rules.UnitScaleRule;
import org.budgetwatch.validation.rules.UnitCellRule;
import org.budgetwatch.validation.rules.NarrShareRule;
import org.budgetwatch.validation.rules.XtabBalanceRule;
import org.budgetwatch.validation.rules.SangongSumRule;
import org.budgetwatch.validation.rules.SangongNarrRule;
import org.budgetwatch.validation.rules.SangongVehiclesRule;
import org.budgetwatch.validation.rules.ArithTotalRowRule;
import org.budgetwatch.validation.rules.CompleteEmptyNoteRule;
import org.budgetwatch.validation.rules.CompleteTocRule;
import org.budgetwatch.validation.rules.PerfFormRule;
import org.budgetwatch.validation.rules.PerfNarrRule;
import org.budgetwatch.validation.rules.HierCodeRule;
import org.budgetwatch.validation.rules.XtabCarriedRule;
import org.budgetwatch.validation.rules.XtabTotalsRule;
import org.budgetwatch.validation.rules.NarrYoyRule;
import org.budgetwatch.validation.rules.NarrFinalRule;
import org.budgetwatch.validation.rules.NarrTableTotalRule;
import org.budgetwatch.validation.rules.NarrTotalRule;
import org.budgetwatch.validation.rules.ReadDoubtfulTableRule;

/**
 * The rule sets by document kind, each versioned: budgets (部门预算, 单位预算, and documents whose kind is not stated)
 * and final accounts (决算), plus the overrides that adjust them by region. Further rules join every set through
 * {@link ServiceLoader} ({@code META-INF/services/org.budgetwatch.validation.rules.Rule}); a set that gains plug-in
 * rules reports its version with their ids appended, so reports stay comparable.
 */
public final class RuleCatalogue {

    private final RuleSet budgets;
    private final RuleSet finalAccounts;
    private final RuleOverrides overrides;

    public RuleCatalogue(RuleSet budgets, RuleSet finalAccounts, RuleOverrides overrides) {
        this.budgets = budgets;
        this.finalAccounts = finalAccounts;
        this.overrides = overrides;
    }

    /** The standard sets with any plug-in rules on the classpath, no overrides. */
    public static RuleCatalogue standard() {
        List<Rule> plugins = new ArrayList<>();
        ServiceLoader.load(Rule.class).forEach(plugins::add);
        return new RuleCatalogue(withPlugins(new RuleSet("budget-2024.17", budgetRules()), plugins),
                withPlugins(new RuleSet("final-2024.13", finalAccountRules()), plugins), RuleOverrides.NONE);
    }

    /** The standard sets adjusted by an overrides file (disabled rules, severities, regions); none when the path is null. */
    public static RuleCatalogue standard(Path overridesFile) {
        RuleCatalogue standard = standard();
        return overridesFile == null ? standard : standard.withOverrides(RuleOverrides.load(overridesFile));
    }

    /** One set of rules for every kind of document (tests, experiments). */
    public static RuleCatalogue of(String version, List<? extends Rule> rules) {
        RuleSet set = new RuleSet(version, List.copyOf(rules));
        return new RuleCatalogue(set, set, RuleOverrides.NONE);
    }

    public RuleCatalogue withOverrides(RuleOverrides newOverrides) {
        return new RuleCatalogue(budgets, finalAccounts, newOverrides);
    }

    public RuleSet forKind(DocumentKind kind) {
        return kind == DocumentKind.DEPARTMENT_FINAL_ACCOUNTS || kind == DocumentKind.UNIT_FINAL_ACCOUNTS ? finalAccounts : budgets;
    }

    public RuleOverrides overrides() {
        return overrides;
    }

    public RuleSet budgets() {
        return budgets;
    }

    private static List<Rule> budgetRules() {
        return withCompleteness(commonRules());
    }

    /**
     * Final accounts state the same arithmetic, cross-table and narrative identities; their required tables differ
     * (COMPLETE-TABLES picks the set by the document's kind).
     */
    private static List<Rule> finalAccountRules() {
        return withCompleteness(commonRules());
    }

    private static List<Rule> withCompleteness(List<Rule> common) {
        List<Rule> rules = new ArrayList<>(common);
        rules.add(new CompleteTablesRule());
        rules.add(new CompleteEmptyNoteRule());
        rules.add(new CompleteTocRule());
        return rules;
    }

    /**
     * One rule a line, each in the class named after its id (NARR-YOY in {@code NarrYoyRule}); reports count them in this
     * order. A new rule is one class and one line here (and one row in docs/rules.md).
     */
    private static List<Rule> commonRules() {
        return List.of(
                new ReadDoubtfulTableRule(),
                new ArithTotalRowRule(),
                new ArithColSumRule(),
                new HierCodeRule(),
                new SangongSumRule(),
                new XtabBalanceRule(),
                new XtabTotalsRule(),
                new XtabCarriedRule(),
                new XtabClassRule(),
                new XtabCodesRule(),
                new XtabBasicRule(),
                new XtabProjectsRule(),
                new NarrYoyRule(),
                new NarrFinalRule(),
                new NarrShareRule(),
                new NarrAmountRule(),
                new NarrTotalRule(),
                new NarrClassRule(),
                new NarrSourcesRule(),
                new NarrRunningCostRule(),
                new NarrAssetsRule(),
                new NarrTableTotalRule(),
                new SangongNarrRule(),
                new SangongVehiclesRule(),
                new UnitScaleRule(),
                new UnitCellRule(),
                new NarrCountRule(),
                new NameCodeRule(CodeDictionary.standard()),
                new NameOtherCodeRule(CodeDictionary.standard()),
                new CodeMalformedRule(),
                new DocConsistencyRule(),
                new NameProjectRule(),
                new PerfFormRule(),
                new PerfNarrRule());
    }

    private static RuleSet withPlugins(RuleSet set, List<Rule> plugins) {
        if (plugins.isEmpty()) {
            return set;
        }
        List<Rule> rules = new ArrayList<>(set.rules());
        rules.addAll(plugins);
        return new RuleSet(set.version() + "+" + String.join("+", plugins.stream().map(Rule::id).toList()), rules);
    }
}
