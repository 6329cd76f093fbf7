package org.budgetwatch.validation.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetwatch.extraction.table.Texts;

/**
 * The names the 政府收支分类科目 of each fiscal year from 2017 to 2026 gives function (支出功能分类) and economic
 * (支出经济分类) codes, read from the data files beside this class: the 2024 edition ({@code function-2024.tsv},
 * {@code economic-2024.tsv}: code, tab, name) and the names of given years ({@code names-by-year.tsv}: code, name, first
 * and last fiscal year), each line with the published document it comes from. A code's names in a year are the lines
 * whose years hold it, else the 2024 edition's; a code with neither is not known for that year.
 */
public final class CodeDictionary {

    public static final int FIRST_YEAR = 2017;
    public static final int LAST_YEAR = 2026;
    /** The year a document whose fiscal year is not known is judged by. */
    public static final int DEFAULT_YEAR = 2024;

    private static final CodeDictionary STANDARD = load();

    /** A name a code has in the classifications of the fiscal years {@code firstYear} to {@code lastYear}. */
    public record YearName(String name, int firstYear, int lastYear) {

        boolean holds(int year) {
            return year >= firstYear && year <= lastYear;
        }
    }

    private final Map<String, String> edition2024;
    private final Map<String, List<YearName>> byYear;
    private final Map<String, String> classCodes = new HashMap<>();

    private CodeDictionary(Map<String, String> edition2024, Map<String, List<YearName>> byYear) {
        this.edition2024 = Map.copyOf(edition2024);
        this.byYear = Map.copyOf(byYear);
        edition2024.forEach((code, name) -> {
            if (functionClass(code)) {
                classCodes.putIfAbsent(normalise(name), code);
            }
        });
        // a class printed under the name of another year (医疗卫生与计划生育支出) is still class 210
        byYear.forEach((code, names) -> names.stream().filter(n -> functionClass(code))
                .forEach(n -> classCodes.putIfAbsent(normalise(n.name()), code)));
    }

    public static CodeDictionary standard() {
        return STANDARD;
    }

    /** The year a document is judged by: its own, brought into 2017–2026, or 2024 when it is not known. */
    public static int judgedYear(Integer fiscalYear) {
        if (fiscalYear == null) {
            return DEFAULT_YEAR;
        }
        return Math.max(FIRST_YEAR, Math.min(LAST_YEAR, fiscalYear));
    }

    /** The names the classification of the year gives the code (more than one where a year allowed either). */
    public List<String> names(String code, int year) {
        List<String> named = byYear.getOrDefault(code, List.of()).stream().filter(n -> n.holds(year)).map(YearName::name).toList();
        if (!named.isEmpty()) {
            return named;
        }
        String name = edition2024.get(code);
        return name == null ? List.of() : List.of(name);
    }

    /** The code's name in the year: the first of {@link #names}. */
    public Optional<String> name(String code, int year) {
        return names(code, year).stream().findFirst();
    }

    /**
     * The name of another year's classification that the printed name is, if it is one: 医疗卫生与计划生育支出 for 210
     * in a 2022 document is the name of 2017–2018. A name the year also allows is not another year's.
     */
    public Optional<YearName> otherYearName(String code, String printed, int year) {
        String wanted = normalise(printed);
        if (names(code, year).stream().map(CodeDictionary::normalise).anyMatch(wanted::equals)) {
            return Optional.empty();
        }
        return allNames(code).stream().filter(n -> !n.holds(year) && normalise(n.name()).equals(wanted))
                .min(Comparator.comparingInt(n -> Math.abs(n.lastYear() < year ? year - n.lastYear() : n.firstYear() - year)));
    }

    /**
     * The codes whose name in the year, or in any year, is exactly the printed one, among codes starting with the prefix
     * (the classification's class digits: "3" for 部门预算支出经济分类, "5" for 政府预算支出经济分类) and of the given length.
     */
    public Set<String> codesNamed(String printed, int year, String prefix, int length) {
        String wanted = normalise(printed);
        Set<String> codes = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>(edition2024.keySet());
        all.addAll(byYear.keySet());
        all.stream().filter(c -> c.startsWith(prefix) && c.length() == length).sorted().forEach(code -> {
            if (names(code, year).stream().map(CodeDictionary::normalise).anyMatch(wanted::equals)) {
                codes.add(code);
            }
        });
        return codes;
    }

    private static boolean functionClass(String code) {
        return code.length() == 3 && code.startsWith("2");
    }

    /** The code of a function 类 by its name in any year, e.g. 卫生健康支出 or 医疗卫生与计划生育支出 → 210. */
    public Optional<String> classCode(String name) {
        return Optional.ofNullable(classCodes.get(normalise(name)));
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

    /** Names compared as printed but for spacing and the width of brackets. */
    public static String normalise(String name) {
        return Texts.withoutWhitespace(name).replace('(', '（').replace(')', '）');
    }

    /** Every name the code has in some year: the dated lines, and the 2024 edition's for the years no line covers. */
    private List<YearName> allNames(String code) {
        List<YearName> names = new ArrayList<>(byYear.getOrDefault(code, List.of()));
        String name = edition2024.get(code);
        if (name != null) {
            editionYears(code).forEach(range -> names.add(new YearName(name, range[0], range[1])));
        }
        return names;
    }

    /** The ranges of years in which the 2024 edition's name is the code's: those no dated line covers. */
    private List<int[]> editionYears(String code) {
        List<YearName> dated = byYear.getOrDefault(code, List.of());
        List<int[]> ranges = new ArrayList<>();
        int start = -1;
        for (int year = FIRST_YEAR; year <= LAST_YEAR + 1; year++) {
            int y = year;
            boolean free = year <= LAST_YEAR && dated.stream().noneMatch(n -> n.holds(y));
            if (free && start < 0) {
                start = year;
            } else if (!free && start >= 0) {
                ranges.add(new int[] {start, year - 1});
                start = -1;
            }
        }
        return ranges;
    }

    private static CodeDictionary load() {
        Map<String, String> edition = new HashMap<>();
        for (String resource : List.of("function-2024.tsv", "economic-2024.tsv")) {
            for (String[] fields : lines(resource, 2)) {
                edition.put(fields[0], fields[1].strip());
            }
        }
        Map<String, List<YearName>> byYear = new HashMap<>();
        for (String[] fields : lines("names-by-year.tsv", 4)) {
            int first = Integer.parseInt(fields[2].strip());
            int last = Integer.parseInt(fields[3].strip());
            if (first < FIRST_YEAR || last > LAST_YEAR || first > last) {
                throw new IllegalStateException("names-by-year.tsv: years " + first + "–" + last + " outside " + FIRST_YEAR + "–" + LAST_YEAR);
            }
            byYear.computeIfAbsent(fields[0], c -> new ArrayList<>()).add(new YearName(fields[1].strip(), first, last));
        }
        return new CodeDictionary(edition, byYear);
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
