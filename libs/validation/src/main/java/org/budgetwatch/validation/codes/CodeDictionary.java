package org.budgetwatch.validation.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetwatch.extraction.table.Texts;

/**
 * The names the 2024 政府收支分类科目 gives to function (支出功能分类) and economic (支出经济分类) codes, read from the
 * data files beside this class ({@code function-2024.tsv}, {@code economic-2024.tsv}: code, tab, name; '#' comments),
 * and the names earlier editions gave some of them ({@code former-names-2017.tsv}), so that a document is judged by
 * the classification of its own year.
 */
public final class CodeDictionary {

    private static final CodeDictionary EDITION_2024 = load("function-2024.tsv", "economic-2024.tsv")
            .withFormerNames(formerNames("former-names-2017.tsv"));

    /** A name an earlier edition gave a code, and the last fiscal year whose edition used it. */
    public record FormerName(String name, int lastYear) {
    }

    private final Map<String, String> names;
    private final Map<String, List<FormerName>> formerNames;
    private final Map<String, String> classCodes = new HashMap<>();

    private CodeDictionary(Map<String, String> names, Map<String, List<FormerName>> formerNames) {
        this.names = Map.copyOf(names);
        this.formerNames = Map.copyOf(formerNames);
        names.forEach((code, name) -> {
            if (code.length() == 3) {
                classCodes.putIfAbsent(normalise(name), code);
            }
        });
        // a class printed under its former name (医疗卫生与计划生育支出) is still class 210
        formerNames.forEach((code, former) -> former.stream().filter(f -> code.length() == 3)
                .forEach(f -> classCodes.putIfAbsent(normalise(f.name()), code)));
    }

    private CodeDictionary withFormerNames(Map<String, List<FormerName>> former) {
        return new CodeDictionary(names, former);
    }

    /** The earlier name of the code that the printed name is, if it is one (2017 onwards). */
    public Optional<FormerName> formerName(String code, String printed) {
        String wanted = normalise(printed);
        return formerNames.getOrDefault(code, List.of()).stream().filter(f -> normalise(f.name()).equals(wanted)).findFirst();
    }

    /**
     * Whether a three-digit code is a 类 some edition of the classification (2017–2026) has: function 201–234, department
     * economic 301–303, 307, 309–313 and 399, government economic 501–514 and 599. Ranges rather than the data files'
     * names, which hold only some classes.
     */
    public static boolean isClass(String code, org.budgetwatch.extraction.model.CodeKind kind) {
        if (code == null || !code.matches("[0-9]{3}")) {
            return false;
        }
        int number = Integer.parseInt(code);
        return switch (kind) {
            case FUNCTION -> number >= 201 && number <= 234;
            case DEPARTMENT_ECONOMIC -> number >= 301 && number <= 303 || number == 307 || number >= 309 && number <= 313 || number == 399;
            case GOVERNMENT_ECONOMIC -> number >= 501 && number <= 514 || number == 599;
            default -> false;
        };
    }

    public static CodeDictionary edition2024() {
        return EDITION_2024;
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /** The code of a 类 (three digits) by its name, e.g. 卫生健康支出 → 210. */
    public Optional<String> classCode(String name) {
        return Optional.ofNullable(classCodes.get(normalise(name)));
    }

    public int size() {
        return names.size();
    }

    /** Names compared as printed but for spacing and the width of brackets. */
    public static String normalise(String name) {
        return Texts.withoutWhitespace(name).replace('(', '（').replace(')', '）');
    }

    private static CodeDictionary load(String... resources) {
        Map<String, String> names = new HashMap<>();
        for (String resource : resources) {
            for (String[] fields : lines(resource, 2)) {
                names.put(fields[0], fields[1].strip());
            }
        }
        return new CodeDictionary(names, Map.of());
    }

    private static Map<String, List<FormerName>> formerNames(String resource) {
        Map<String, List<FormerName>> former = new HashMap<>();
        for (String[] fields : lines(resource, 3)) {
            former.computeIfAbsent(fields[0], c -> new ArrayList<>()).add(new FormerName(fields[1].strip(), Integer.parseInt(fields[2].strip())));
        }
        return former;
    }

    /** The data lines of a tab-separated resource, each with the given number of fields, the first a code. */
    private static List<String[]> lines(String resource, int fieldCount) {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = CodeDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("code dictionary " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != fieldCount || !fields[0].matches("\\d{3,7}")) {
                    throw new IllegalStateException("bad line in " + resource + ": " + line);
                }
                lines.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
