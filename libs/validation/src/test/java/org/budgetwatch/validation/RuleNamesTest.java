package org.budgetwatch.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.validation.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * A finding's rule id leads to its rule by file name: one id, one class, named after the id (NARR-YOY in
 * {@code NarrYoyRule.java}, its id in the constant {@code ID}), and docs/rules.md links each id to its class.
 */
class RuleNamesTest {

    private static final Path RULES_DOC = Path.of("../../docs/rules.md");
    private static final Path RULES_SOURCE = Path.of("src/main/java/org/budgetwatch/validation/rules");

    /** The built-in rules of every set, once each; plug-in rules (the test classpath has one) live where their authors put them. */
    private static List<Rule> standardRules() {
        Map<Class<?>, Rule> rules = new LinkedHashMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            RuleCatalogue.standard().forKind(kind).rules().forEach(rule -> rules.putIfAbsent(rule.getClass(), rule));
        }
        return rules.values().stream().filter(r -> r.getClass().getPackageName().equals(Rule.class.getPackageName())).toList();
    }

    /** NARR-YOY → NarrYoyRule. */
    static String className(String ruleId) {
        StringBuilder name = new StringBuilder();
        for (String part : ruleId.split("-")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase());
        }
        return name.append("Rule").toString();
    }

    @Test
    void everyRuleShouldLiveInTheClassNamedAfterItsIdWithTheIdInItsConstant() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Rule rule : standardRules()) {
            ids.add(rule.id());
            assertThat(rule.getClass().getSimpleName()).as(rule.id()).isEqualTo(className(rule.id()));
            assertThat(rule.getClass().getField("ID").get(null)).as(rule.getClass().getSimpleName() + ".ID").isEqualTo(rule.id());
            assertThat(RULES_SOURCE.resolve(className(rule.id()) + ".java")).exists();
        }
        assertThat(ids).as("one class per id").doesNotHaveDuplicates();
    }

    @Test
    void docsShouldLinkEveryIdToItsClass() throws IOException {
        String doc = Files.readString(RULES_DOC);
        Matcher rows = Pattern.compile("(?m)^\\| \\[([A-Z]+(?:-[A-Z]+)+)]\\(([^)]+)\\) \\|").matcher(doc);
        Set<String> linked = new LinkedHashSet<>();
        while (rows.find()) {
            String id = rows.group(1);
            linked.add(id);
            assertThat(rows.group(2)).as(id).isEqualTo("../libs/validation/" + RULES_SOURCE.resolve(className(id) + ".java"));
        }
        assertThat(linked).containsExactlyInAnyOrderElementsOf(standardRules().stream().map(Rule::id).toList());
    }
}
