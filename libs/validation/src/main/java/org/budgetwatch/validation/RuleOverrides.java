package org.budgetwatch.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.budgetwatch.validation.report.Severity;

/**
 * Adjustments to the standard rules without touching the engine, everywhere or for documents of one region (matched
 * by the start of the region as printed, e.g. 北京市 or 吉林省延边朝鲜族自治州). A properties file:
 *
 * <pre>
 * disabled = NAME-CODE, NARR-COUNT
 * severity.NAME-PROJECT = INFO
 * region.北京市.disabled = COMPLETE-TABLES
 * region.北京市.severity.SANGONG-SUM = WARNING
 * </pre>
 *
 * A regional setting wins over a general one; the longest matching region prefix wins over a shorter one.
 */
public final class RuleOverrides {

    public static final RuleOverrides NONE = new RuleOverrides(new Properties());

    private final Properties settings;

    private RuleOverrides(Properties settings) {
        this.settings = settings;
    }

    public static RuleOverrides of(Properties settings) {
        Properties copy = new Properties();
        copy.putAll(settings);
        for (String key : copy.stringPropertyNames()) {
            String value = copy.getProperty(key).strip();
            if (key.contains("severity.")) {
                try {
                    Severity.valueOf(value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("rule override " + key + " = " + value + ": severity must be ERROR, WARNING or INFO");
                }
            } else if (!key.equals("disabled") && !(key.startsWith("region.") && key.endsWith(".disabled"))) {
                throw new IllegalArgumentException("unknown rule override " + key + " (expected disabled, severity.<RULE>, region.<prefix>.…)");
            }
        }
        return new RuleOverrides(copy);
    }

    public static RuleOverrides load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule overrides " + file, e);
        }
        return of(properties);
    }

    public boolean disabled(String ruleId, String region) {
        Set<String> disabled = new HashSet<>(list(settings.getProperty("disabled")));
        regionKey(region, "disabled").ifPresent(key -> disabled.addAll(list(settings.getProperty(key))));
        return disabled.contains(ruleId);
    }

    /** The severity a rule's non-INFO findings are given instead of their own, if any. */
    public Optional<Severity> severity(String ruleId, String region) {
        return regionKey(region, "severity." + ruleId).or(() -> Optional.ofNullable(settings.getProperty("severity." + ruleId)).map(v -> "severity." + ruleId))
                .map(key -> Severity.valueOf(settings.getProperty(key).strip()));
    }

    public boolean isEmpty() {
        return settings.isEmpty();
    }

    private Optional<String> regionKey(String region, String suffix) {
        if (region == null) {
            return Optional.empty();
        }
        Map<Integer, String> matches = new HashMap<>();
        for (String key : settings.stringPropertyNames()) {
            if (key.startsWith("region.") && key.endsWith("." + suffix)) {
                String prefix = key.substring("region.".length(), key.length() - suffix.length() - 1);
                if (region.replaceAll("\\s", "").startsWith(prefix)) {
                    matches.put(prefix.length(), key);
                }
            }
        }
        return matches.keySet().stream().max(Integer::compare).map(matches::get);
    }

    private static Set<String> list(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return new HashSet<>(Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
