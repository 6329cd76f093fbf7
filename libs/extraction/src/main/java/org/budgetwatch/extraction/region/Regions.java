package org.budgetwatch.extraction.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a region as disclosures print it — "东西湖区", "武汉市东西湖区", "湖北省武汉市东西湖区", "北京市东城区",
 * "延边朝鲜族自治州", "湖北" — to its province, city and district, from the national gazetteer of county-level and
 * higher divisions (divisions.tsv, 国家统计局 2023). Names are read from the start, each level inside the one before;
 * a name found without its province (a bare district) resolves only when one division in the country has it.
 */
public final class Regions {

    private static final String GAZETTEER = "divisions.tsv";
    /** The city level of a municipality, and the county-level cities directly under a province. */
    private static final List<String> PLACEHOLDERS = List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final List<String> PROVINCE_SUFFIXES = List.of("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市");

    private static final Regions CHINA = fromClasspath();

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, List<String>> codesByName = new HashMap<>();

    Regions(Map<String, String> nameByCode) {
        nameByCode.forEach((code, name) -> {
            names.put(code, name);
            if (!PLACEHOLDERS.contains(name)) {
                codesByName.computeIfAbsent(name, n -> new ArrayList<>()).add(code);
                String shortName = shortName(code, name);
                if (!shortName.equals(name)) {
                    codesByName.computeIfAbsent(shortName, n -> new ArrayList<>()).add(code);
                }
            }
        });
    }

    /** Resolves with the bundled national gazetteer. */
    public static Optional<Region> resolve(String name) {
        return CHINA.find(name);
    }

    /** @return the region, or empty when the name is blank, unknown or names several divisions */
    public Optional<Region> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String text = name.replaceAll("\\s+", "");
        String code = null;
        int position = 0;
        while (position < text.length()) {
            Match next = longestMatch(text, position, code);
            if (next == null) {
                break;
            }
            code = next.code();
            position = next.end();
        }
        return code == null ? Optional.empty() : Optional.of(region(code));
    }

    /**
     * The longest name at position that is a division inside {@code within} (anywhere, when null). When that name
     * belongs to several divisions there, no shorter one is tried: 朝阳区 (in Beijing and in Changchun) must not turn
     * into 朝阳 (a city in Liaoning).
     */
    private Match longestMatch(String text, int position, String within) {
        for (int end = text.length(); end > position; end--) {
            List<String> codes = codesByName.getOrDefault(text.substring(position, end), List.of()).stream()
                    .filter(code -> within == null || code.length() > within.length() && code.startsWith(within))
                    .toList();
            if (!codes.isEmpty()) {
                return codes.size() == 1 ? new Match(codes.get(0), end) : null;
            }
        }
        return null;
    }

    private Region region(String code) {
        String province = names.get(code.substring(0, 2));
        String city = null;
        if (code.length() >= 4) {
            String cityName = names.get(code.substring(0, 4));
            // a municipality's districts sit under 市辖区/县: the municipality is their city; a county-level city directly
            // under its province has no prefecture city
            city = "市辖区".equals(cityName) || "县".equals(cityName) ? province
                    : cityName == null || PLACEHOLDERS.contains(cityName) ? null : cityName;
        }
        String district = code.length() == 6 ? names.get(code) : null;
        return new Region(province, city, district);
    }

    /** 湖北省 → 湖北, 广西壮族自治区 → 广西, 武汉市 → 武汉; districts and counties keep their full name. */
    private static String shortName(String code, String name) {
        List<String> suffixes = code.length() == 2 ? PROVINCE_SUFFIXES : code.length() == 4 ? List.of("市") : List.of();
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static Regions fromClasspath() {
        Map<String, String> nameByCode = new LinkedHashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream(GAZETTEER)) {
            if (in == null) {
                throw new IllegalStateException(GAZETTEER + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t", 2);
                    nameByCode.put(columns[0], columns[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Regions(nameByCode);
    }

    private record Match(String code, int end) {
    }
}
