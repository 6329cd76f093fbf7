package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.extraction.table.Texts;

/**
 * The document's prose as sentences, whitespace removed: a PDF breaks a sentence wherever its line ends ("涉及一级预算 |
 * 项目6个", "58,397 | .75万 | 元"), so lines are joined before the text is cut at 。 and ；. A heading ("（六）预算绩效情况说明"),
 * a table's title or its unit line is a sentence of its own.
 */
final class ProseSentences {

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "([（(]?[一二三四五六七八九十]+[、)）]|\\d+[.、．]|第.{1,3}部分).*|.*表|.*单位[:：].*");
    private static final int HEADING_LENGTH = 30;

    /** One sentence, and where it starts. */
    record Sentence(String text, int line, Integer page) {
    }

    private ProseSentences() {
    }

    static List<Sentence> of(ExtractedDocument document) {
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        TextLine start = null;
        for (TextLine line : document.prose()) {
            String words = Texts.withoutWhitespace(line.text());
            if (words.isEmpty()) {
                continue;
            }
            if (words.length() <= HEADING_LENGTH && HEADING.matcher(words).matches() && !words.matches(".*[。，,；;].*")) {
                add(sentences, text, start);
                start = null;
                sentences.add(new Sentence(words, line.line(), line.page()));
                continue;
            }
            int from = 0;
            for (int i = 0; i < words.length(); i++) {
                char c = words.charAt(i);
                if (c == '。' || c == '；' || c == ';') {
                    if (start == null) {
                        start = line;
                    }
                    text.append(words, from, i);
                    add(sentences, text, start);
                    start = null;
                    from = i + 1;
                }
            }
            if (from < words.length()) {
                if (start == null) {
                    start = line;
                }
                text.append(words, from, words.length());
            }
        }
        add(sentences, text, start);
        return sentences;
    }

    private static void add(List<Sentence> sentences, StringBuilder text, TextLine start) {
        if (!text.isEmpty() && start != null) {
            sentences.add(new Sentence(text.toString(), start.line(), start.page()));
        }
        text.setLength(0);
    }
}
