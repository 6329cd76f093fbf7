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
