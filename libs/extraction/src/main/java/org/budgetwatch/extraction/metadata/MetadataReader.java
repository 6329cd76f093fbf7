package org.budgetwatch.extraction.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.DocumentMetadata;

/**
 * Reads fiscal year, department, region and kind from wherever a disclosure prints them: its cover (a name over two
 * or three lines), a declared 部门/单位名称, the unit-coded names in its tables (807002-北京市朝阳区医疗保险事务管理中心)
 * when it has no cover, and last the file's own title. The region comes from the department's name: a party organ's
 * (中共上海市普陀区委…) without 中共, a central department's (国家…) is 中央.
 */
public final class MetadataReader {

    private static final int HEAD_LINES = 40;
    /** A cover line this short may be part of a name printed over several lines. */
    private static final int COVER_LINE = 24;
    private static final Pattern YEAR = Pattern.compile("(20[0-9]{2})\\s*年");
    private static final Pattern DISCLOSURE_YEAR = Pattern.compile("(20[0-9]{2})\\s*年\\s*度?\\s*(?:部门|单位)?\\s*(?:预算|决算)");
    private static final Pattern BUDGET_YEAR = Pattern.compile("(?:预算|决算)?年度[:：]?\\s*(20[0-9]{2})");
    /**
     * The name ends in one of these words, and only where the name itself ends: 人力资源和社会保障局 ends at 局, not at the
     * 会 of 社会, and 中共某市委宣传部 at 部.
     */
    private static final String DEPARTMENT_NAME = "([\\p{IsHan}（）()]{2,40}?(?:局|委员会|委|办公室|办公厅|厅|部|院|中心|所|站|馆|处|队|会|室|校|园|署|社|台|联))"
            + "(?=$|[^\\p{IsHan}]|部门|单位|预算|决算|本级|概况|汇总|[（(](?:本级|汇总|机关)[)）])";
    private static final Pattern DEPARTMENT = Pattern.compile("(?:20[0-9]{2}\\s*年\\s*(?:度)?)?\\s*" + DEPARTMENT_NAME
            + "\\s*(?:20[0-9]{2}\\s*年\\s*)?(?:部门|单位)?(?:预算|决算)?");
    private static final Pattern DECLARED_DEPARTMENT = Pattern.compile(
            "^(?:预算主管部门|部门名称|编制部门|编制单位|主管部门|预算单位|单位名称|部门(?:（单位）|\\(单位\\))?)[:：]\\s*" + DEPARTMENT_NAME);
    /** A unit printed with its code in a table row: 807002-北京市朝阳区医疗保险事务管理中心. */
    private static final Pattern CODED_UNIT = Pattern.compile("(?:^|\\t)[0-9]{3,9}\\s*[-－—]\\s*" + DEPARTMENT_NAME);
    private static final Pattern REGION = Pattern.compile(
            "^((?:[\\p{IsHan}]{2,12}?(?:省|自治区))?(?:[\\p{IsHan}]{1,12}?(?:自治州|市|州(?![市区县])|盟|地区))?(?:[\\p{IsHan}]{1,8}?(?:区|县|旗|市))?)");
    private static final Pattern PARTY = Pattern.compile("^(中共|中国共产党)");
    private static final Pattern CENTRAL = Pattern.compile("^(国家|中央|全国|中华人民共和国|国务院)");
    /** A party organ named in short form (江苏省委办公厅, 普陀区委宣传部, 自治区党委办公厅): its official name starts with 中共. */
    private static final Pattern SHORT_PARTY_ORGAN = Pattern.compile("^(?!中共|中国共产党).{2,20}?(省|市|区|县|州|旗|盟)(党)?委(?!员会|员)[^委].*");

    private MetadataReader() {
    }

    public static DocumentMetadata read(List<String> lines) {
        return read(lines, null);
    }

    /**
     * @param fileTitle the file's own title (a PDF's document information), read last, where the text says nothing
     */
    public static DocumentMetadata read(List<String> lines, String fileTitle) {
        List<String> head = lines.stream().limit(HEAD_LINES).map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> withTitle = new ArrayList<>(head);
        if (fileTitle != null && !fileTitle.isBlank()) {
            withTitle.add(fileTitle.strip());
        }
        String title = head.isEmpty() ? fileTitle : titleOf(head);
        Integer year = yearOf(head, lines, fileTitle);
        String department = departmentOf(head);
        if (department == null) {
            department = codedUnitOf(lines);
        }
        if (department == null && fileTitle != null) {
            department = departmentOf(List.of(fileTitle.strip()));
        }
        DocumentKind kind = kindOf(head);
        if (kind == DocumentKind.UNKNOWN && fileTitle != null) {
            kind = kindOf(List.of(fileTitle));
        }
        if (department != null && SHORT_PARTY_ORGAN.matcher(department).matches()) {
            department = "中共" + department;
        }
        return new DocumentMetadata(title, department, department == null ? null : regionOf(department), year, kind);
    }

    private static String titleOf(List<String> head) {
        StringBuilder title = new StringBuilder(head.get(0).replaceFirst("^#+\\s*", ""));
        if (head.size() > 1 && head.get(1).matches(".*(预算|决算)$") && head.get(1).length() < 20) {
            title.append(head.get(1));
        }
        return title.toString();
    }

    private static Integer yearOf(List<String> head, List<String> all, String fileTitle) {
        for (String line : all) {
            if (!line.contains("年度")) {
                continue;
            }
            Matcher m = BUDGET_YEAR.matcher(line.replace(" ", ""));
            if (m.find() && line.replace(" ", "").matches(".*(预算|决算)?年度[:：].*")) {
                return Integer.valueOf(m.group(1));
            }
        }
        for (String line : head) {
            Matcher m = YEAR.matcher(line);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        if (fileTitle != null) {
            Matcher m = YEAR.matcher(fileTitle);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        // no cover: the year its headings and notes name most often (2024年预算数, 2024年部门预算)
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : all) {
            Matcher m = DISCLOSURE_YEAR.matcher(line);
            while (m.find()) {
                counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The cover's name first (the lines before the table of contents), then a declared one, then any other. */
    private static String departmentOf(List<String> head) {
        int contents = 0;
        while (contents < head.size() && !head.get(contents).replace(" ", "").contains("目录") && contents < 8) {
            contents++;
        }
        String cover = nameIn(head.subList(0, contents));
        if (cover != null) {
            return cover;
        }
        for (String line : head) {
            Matcher declared = DECLARED_DEPARTMENT.matcher(line.replace(" ", ""));
            if (declared.find()) {
                return declared.group(1);
            }
        }
        return nameIn(head);
    }

    /** The first name the lines print, a name over two or three short lines joined (上海市普陀区规划和自然 / 资源局). */
    private static String nameIn(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String best = null;
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < Math.min(lines.size(), i + 3); j++) {
                String line = lines.get(j).replace(" ", "");
                if (line.contains("目录") || line.length() > 60 || j > i && (line.length() > COVER_LINE || joined.length() > COVER_LINE)) {
                    break;
                }
                joined.append(line);
                Matcher m = DEPARTMENT.matcher(joined);
                if (m.find() && (best == null || m.group(1).length() > best.length())) {
                    best = m.group(1);
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** The unit most rows name with its code, where nothing else names the department. */
    private static String codedUnitOf(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            Matcher m = CODED_UNIT.matcher(line);
            while (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static String regionOf(String department) {
        if (CENTRAL.matcher(department).find()) {
            return "中央";
        }
        String name = PARTY.matcher(department).replaceFirst("");
        Matcher m = REGION.matcher(name);
        return m.find() && !m.group(1).isEmpty() && m.group(1).length() < name.length() ? m.group(1) : null;
    }

    /** From the title lines: the body text of a budget may well mention 决算. */
    private static DocumentKind kindOf(List<String> head) {
        String text = String.join("", head.subList(0, Math.min(3, head.size()))).replace(" ", "");
        if (text.contains("单位决算")) {
            return DocumentKind.UNIT_FINAL_ACCOUNTS;
        }
        if (text.contains("决算")) {
            return DocumentKind.DEPARTMENT_FINAL_ACCOUNTS;
        }
        if (text.contains("单位预算") && !text.contains("部门预算")) {
            return DocumentKind.UNIT_BUDGET;
        }
        return text.contains("预算") ? DocumentKind.DEPARTMENT_BUDGET : DocumentKind.UNKNOWN;
    }
}
