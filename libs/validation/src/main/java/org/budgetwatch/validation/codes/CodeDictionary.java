package org.budgetwatch.validation.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.budgetwatch.extraction.table.Texts;

/**
 * The names the 2024 政府收支分类科目 gives to function (支出功能分类) and economic (支出经济分类) codes, read from the
 * data files beside this class ({@code function-2024.tsv}, {@code economic-2024.tsv}: code, tab, name; '#' comments).
 */
public final class CodeDictionary {

    private static final CodeDictionary EDITION_2024 = load("function-2024.tsv", "economic-2024.tsv");

    private final Map<String, String> names;
    private final Map<String, String> classCodes = new HashMap<>();

    private CodeDictionary(Map<String, String> names) {
        this.names = Map.copyOf(names);
        names.forEach((code, name) -> {
            if (code.length() == 3) {
                classCodes.putIfAbsent(normalise(name), code);
            }
        });
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
                    if (fields.length != 2 || !fields[0].matches("\\d{3,7}")) {
                        throw new IllegalStateException("bad line in " + resource + ": " + line);
                    }
                    names.put(fields[0], fields[1].strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CodeDictionary(names);
    }
}
