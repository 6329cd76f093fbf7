package org.budgetwatch.validation.rules;

import java.util.HashSet;
import java.util.Set;
import org.budgetwatch.extraction.table.Texts;

/** Comparing printed names: spacing removed, and a similarity for names that differ by a word or two. */
final class CodeNames {

    private CodeNames() {
    }

    /** A name without whitespace or trailing punctuation ("医保服务中心工作经费." is 医保服务中心工作经费). */
    static String clean(String label) {
        String compact = Texts.withoutWhitespace(label);
        int end = compact.length();
        while (end > 0 && ".。，,".indexOf(compact.charAt(end - 1)) >= 0) {
            end--;
        }
        return compact.substring(0, end);
    }

    /** "九、", "廿一、", "10、", "（一）" before a summary line's name. */
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^[（(]?[0-9一二三四五六七八九十廿]+[、)）.．]");

    /** A summary line's name without its numbering ("廿一、其他支出" is 其他支出), cleaned as {@link #clean} does. */
    static String withoutNumbering(String label) {
        return NUMBERING.matcher(clean(label).replace('(', '（').replace(')', '）')).replaceFirst("");
    }

    /** Dice coefficient over character pairs: 1 for the same name, 0 for names sharing no pair. */
    static double similarity(String a, String b) {
        Set<String> x = pairs(a);
        Set<String> y = pairs(b);
        if (x.isEmpty() || y.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return 2.0 * shared.size() / (x.size() + y.size());
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }
}
