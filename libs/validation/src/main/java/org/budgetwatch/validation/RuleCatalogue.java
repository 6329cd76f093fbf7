package org.budgetwatch.validation;

import java.util.List;
import org.budgetwatch.validation.rules.CompletenessRule;
import org.budgetwatch.validation.rules.NarrativeAmountRule;
import org.budgetwatch.validation.rules.Rule;
import org.budgetwatch.validation.rules.ShareRule;
import org.budgetwatch.validation.rules.SummaryBalanceRule;
import org.budgetwatch.validation.rules.ThreePublicCostsRule;
import org.budgetwatch.validation.rules.TotalRowRule;
import org.budgetwatch.validation.rules.YearOverYearRule;

/** The versioned list of rules that a report is produced with. Changing the list changes the version. */
public record RuleCatalogue(String version, List<Rule> rules) {

    public RuleCatalogue {
        rules = List.copyOf(rules);
    }

    public static RuleCatalogue current() {
        return new RuleCatalogue("budget-2024.5",
                List.of(new TotalRowRule(), TotalRowRule.codeHierarchy(), new ThreePublicCostsRule(), new SummaryBalanceRule(), new YearOverYearRule(), new ShareRule(), new NarrativeAmountRule(),
                        new CompletenessRule()));
    }
}
