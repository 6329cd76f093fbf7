package org.budgetwatch.validation.answerkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;

/**
 * The hand-audited inconsistencies of one document (src/test/resources/answer-keys/&lt;document&gt;.tsv): one line each,
 * tab-separated: family, where ("page N" or "line N"), the printed figures involved (separated by " / "), the expected
 * value, and why it is wrong. The figures are those a finding must name to report the entry. Lines starting with # are comments.
 */
record AnswerKey(String document, List<Entry> entries) {

    record Entry(String family, String where, List<String> figures, String expected, String explanation) {

        /** A finding reports this entry when it points at the same page or line and names every one of its figures. */
        boolean reportedBy(Finding finding) {
            boolean placed = finding.locations().stream().anyMatch(this::at);
            if (!placed) {
                return false;
            }
            if (figures.isEmpty()) {
                return true;
            }
            String text = plain(finding.messageZh() + " " + String.join(" ", finding.addends()));
            return figures.stream().map(AnswerKey::plain).allMatch(text::contains);
        }

        private boolean at(FindingLocation location) {
            String[] parts = where.split(" ");
            int number = Integer.parseInt(parts[1]);
            return switch (parts[0]) {
                case "page" -> Objects.equals(location.page(), number);
                case "line" -> Objects.equals(location.line(), number);
                default -> throw new IllegalStateException("an answer key places an entry by page or line: " + where);
            };
        }
    }

    static AnswerKey load(String document) {
        String resource = "/answer-keys/" + document + ".tsv";
        try (InputStream in = AnswerKey.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no answer key " + resource);
            }
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(resource + ": five tab-separated cells expected in: " + line);
                }
                List<String> figures = cells[2].isBlank() || cells[2].equals("-") ? List.of()
                        : Arrays.stream(cells[2].split(" / ")).map(String::strip).toList();
                entries.add(new Entry(cells[0], cells[1], figures, cells[3], cells[4]));
            }
            return new AnswerKey(document, List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Figures compare without thousands separators or spaces: 1,144.52 and 1144.52 are one figure. */
    static String plain(String text) {
        return text.replace(",", "").replace("，", "").replace(" ", "");
    }
}
