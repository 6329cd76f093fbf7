package org.budgetwatch.extraction.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.DocumentMetadata;

/** Reads fiscal year, department, region and kind from the opening lines of a disclosure. */
public final class MetadataReader {

    private static final int HEAD_LINES = 40;
    private static final Pattern YEAR = Pattern.compile("(20[0-9]{2})\\s*年");
    private static final Pattern BUDGET_YEAR = Pattern.compile("预算年度[:：]\\s*(20[0-9]{2})");
    /**
     * The name ends in one of these words, and only where the name itself ends: 人力资源和社会保障局 ends at 局, not at the
     * 会 of 社会, and 中共某市委宣传部 at 部.
     */
    private static final String DEPARTMENT_NAME = "([\\p{IsHan}（）()]{2,40}?(?:局|委员会|委|办公室|厅|部|院|中心|所|站|馆|处|队|会|室|校|园))"
            + "(?=$|[^\\p{IsHan}]|部门|单位|预算|决算|本级|概况|汇总)";
    private static final Pattern DEPARTMENT = Pattern.compile("(?:20[0-9]{2}\\s*年\\s*(?:度)?)?\\s*" + DEPARTMENT_NAME
            + "\\s*(?:20[0-9]{2}\\s*年\\s*)?(?:部门|单位)?(?:预算|决算)?");
    private static final Pattern DECLARED_DEPARTMENT = Pattern.compile(
            "(?:预算主管部门|部门名称|编制部门|主管部门|预算单位|单位名称)[:：]\\s*" + DEPARTMENT_NAME);
    private static final Pattern REGION = Pattern.compile(
            "^((?:[\\p{IsHan}]{2,12}?(?:省|自治区))?(?:[\\p{IsHan}]{1,12}?(?:自治州|市|州|盟|地区))?(?:[\\p{IsHan}]{1,8}?(?:区|县|旗|市))?)");

    private MetadataReader() {
    }

    public static DocumentMetadata read(List<String> lines) {
        List<String> head = lines.stream().limit(HEAD_LINES).map(String::strip).filter(l -> !l.isEmpty()).toList();
        String title = head.isEmpty() ? null : titleOf(head);
        Integer year = yearOf(head, lines);
        String department = departmentOf(head);
        return new DocumentMetadata(title, department, department == null ? null : regionOf(department), year, kindOf(head));
    }

    private static String titleOf(List<String> head) {
        StringBuilder title = new StringBuilder(head.get(0).replaceFirst("^#+\\s*", ""));
        if (head.size() > 1 && head.get(1).matches(".*(预算|决算)$") && head.get(1).length() < 20) {
            title.append(head.get(1));
        }
        return title.toString();
    }

    private static Integer yearOf(List<String> head, List<String> all) {
        for (String line : all) {
            if (!line.contains("预算年度")) {
                continue;
            }
            Matcher m = BUDGET_YEAR.matcher(line);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        for (String line : head) {
            Matcher m = YEAR.matcher(line);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static String departmentOf(List<String> head) {
        for (String line : head) {
            Matcher declared = DECLARED_DEPARTMENT.matcher(line.replace(" ", ""));
            if (declared.find()) {
                return declared.group(1);
            }
        }
        for (String line : head) {
            if (line.contains("目录") || line.length() > 60) {
                continue;
            }
            Matcher m = DEPARTMENT.matcher(line.replace(" ", ""));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String regionOf(String department) {
        Matcher m = REGION.matcher(department);
        return m.find() && !m.group(1).isEmpty() && m.group(1).length() < department.length() ? m.group(1) : null;
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
