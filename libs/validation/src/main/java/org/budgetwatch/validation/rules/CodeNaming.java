package org.budgetwatch.validation.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.budgetwatch.validation.codes.CodeDictionary;
import org.budgetwatch.validation.codes.CodeDictionary.YearName;

/**
 * How a printed name stands to the name the year's classification gives its code, decided once so that NAME-CODE and
 * NAME-OTHER-CODE never both report one row: the name is right; it is the name another year's classification gave the
 * code; it is, in an economic classification, the name of another code; it is wrong; or the code is not known that year.
 */
final class CodeNaming {

    /** The verdict on one printed name. */
    sealed interface Verdict {
    }

    record Right() implements Verdict {
    }

    record Unknown() implements Verdict {
    }

    /** The name of another year's classification; {@code official} is the year's own. */
    record OtherYear(YearName former, String official) implements Verdict {
    }

    /** The name of other codes, of the code's own classification or (when {@code otherClassification}) of the other economic one. */
    record OtherCode(Set<String> codes, boolean otherClassification, String official) implements Verdict {
    }

    record Wrong(String official) implements Verdict {
    }

    private final CodeDictionary dictionary;

    CodeNaming(CodeDictionary dictionary) {
        this.dictionary = dictionary;
    }

    Verdict judge(String code, String printedName, int year) {
        List<String> official = dictionary.names(code, year);
        if (official.isEmpty()) {
            return new Unknown();
        }
        String printed = CodeDictionary.normalise(printedName);
        if (official.stream().map(CodeDictionary::normalise).anyMatch(o -> sameName(printed, o))) {
            return new Right();
        }
        Optional<YearName> otherYear = dictionary.otherYearName(code, printed, year);
        if (otherYear.isPresent()) {
            return new OtherYear(otherYear.get(), official.get(0));
        }
        if (economic(code)) {
            String own = code.substring(0, 1);
            Set<String> same = without(dictionary.codesNamed(printed, year, own, code.length()), code);
            if (!same.isEmpty()) {
                return new OtherCode(same, false, official.get(0));
            }
            Set<String> other = dictionary.codesNamed(printed, year, own.equals("3") ? "5" : "3", code.length());
            if (!other.isEmpty()) {
                return new OtherCode(other, true, official.get(0));
            }
        }
        return new Wrong(official.get(0));
    }

    /** 部门预算支出经济分类 (3xx) or 政府预算支出经济分类 (5xx). */
    static boolean economic(String code) {
        return code.startsWith("3") || code.startsWith("5");
    }

    static String classification(String code) {
        return code.startsWith("5") ? "政府预算支出经济分类" : "部门预算支出经济分类";
    }

    static String classificationEn(String code) {
        return code.startsWith("5") ? "government economic classification" : "department economic classification";
    }

    /** Names are often shortened: a printed name that contains the official one, or is contained in it, is that name. */
    private static boolean sameName(String printed, String official) {
        return printed.equals(official) || printed.contains(official) || official.contains(printed);
    }

    private static Set<String> without(Set<String> codes, String code) {
        return codes.stream().filter(c -> !c.equals(code)).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
