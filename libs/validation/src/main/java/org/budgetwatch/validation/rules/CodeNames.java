package org.budgetwatch.validation.rules;

import java.util.HashSet;
import java.util.Set;

/** Comparing printed names: spacing removed, and a similarity for names that differ by a word or two. */
final class CodeNames {

    private CodeNames() {
    }

    /** The text without any whitespace (OCR and Word exports put spaces inside names). */
    static String compact(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    /** A name without whitespace or trailing punctuation ("医保服务中心工作经费." is 医保服务中心工作经费). */
    static String clean(String label) {
        String compact = compact(label);
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
