package org.budgetwatch.extraction.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.StatementKind;

/**
 * Parses one sentence of the 情况说明 into its numeric statements. The sentence is cut into clauses at ；/。 and
 * each clause into segments at commas. A segment that states an amount or a count (in 元/万元, 项/个) opens a
 * statement about the words before it; the segments after it that state a share ("占 6.69%"), a change against
 * an earlier year ("比 2023 年预算减少 571.98 万元") or a rate ("下降 19.5%") belong to that statement.
 */
final class StatementParser {

    private static final String NUMBER = "(\\d[\\d,]*(?:\\s*\\.\\s*\\d+)?)";
    private static final Pattern FIGURE = Pattern.compile(NUMBER + "\\s*(亿元|万元|元|项|个)");
    /**
     * "比 2023 年预算减少", "较上年增加", "与上年相比…增加", "同比增长": the earlier year is named by its number or as
     * 上年/上一年/去年; only a number is kept as the prior year.
     */
    private static final Pattern CHANGE = Pattern.compile("(?:(?:比|较)\\s*(?:(20\\d{2})\\s*年|上一?年|去年)"
            + "|与\\s*(?:(20\\d{2})\\s*年|上一?年|去年)[^增减]{0,8}?相比|同比)"
            + "[^0-9增减]{0,16}?(增加|减少|增长|下降)\\s*" + NUMBER + "\\s*(亿元|万元|元|%)");
    /** "完成年初预算的 98.63%", "完成全年预算的 100%": a final account's figure as a share of its budget. */
    private static final Pattern COMPLETION = Pattern.compile("完成(?:年初|全年|调整后?)?预算(?:数)?的?\\s*" + NUMBER + "\\s*%");
    private static final Pattern BARE_CHANGE = Pattern.compile("^(.{1,30}?)(增加|减少)\\s*" + NUMBER + "\\s*(亿元|万元|元)");
    private static final Pattern RATE = Pattern.compile("^(增长|下降|增加|减少)\\s*" + NUMBER + "\\s*%");
    private static final Pattern SHARE = Pattern.compile("占[^0-9]{0,12}?" + NUMBER + "\\s*%");
    private static final Pattern SUBJECT_NOISE = Pattern.compile(
            "^(其中|具体|主要|包括|本部门|本单位|我单位|我局|\\s|[:：、()\\-－—]|20\\d{2}\\s*年|\\d+[.、)]|[(（]\\d+[)）])+");
    private static final Pattern SUBJECT_TAIL = Pattern.compile("(\\s|的|为|是|合计|总额|预算数|安排|批复)+$");

    private static final Pattern UNDERLINE = Pattern.compile("</?u>");
    private static final Pattern CLAUSES = Pattern.compile("[；;。]");
    /** A comma ends a segment unless it separates thousands (1,234). */
    private static final Pattern SEGMENTS = Pattern.compile("[，,](?!\\d{3}(?:\\D|$))");
    private static final Pattern YEAR = Pattern.compile("20\\d{2}\\s*年");

    /**
     * Longest clause read for figures. Budget narratives state one figure per clause of a few dozen characters; the
     * patterns below backtrack over runs of digits, so a 20,000-digit line would otherwise take seconds.
     */
    static final int MAX_SEGMENT = 600;

    private StatementParser() {
    }

    static List<NarrativeStatement> parse(String sentence, int line) {
        return parse(sentence, line, offset -> null);
    }

    /**
     * @param pageAt the page a character of the sentence is printed on, by its offset (a paragraph of a PDF may go on
     *               over a page break): each statement is placed on the page where its subject is printed
     */
    static List<NarrativeStatement> parse(String sentence, int line, IntFunction<Integer> pageAt) {
        List<NarrativeStatement> statements = new ArrayList<>();
        int clauseStart = 0;
        for (String clause : CLAUSES.split(clean(sentence))) {
            int segmentStart = clauseStart;
            clauseStart += clause.length() + 1;
            if (clause.strip().startsWith("决算数") && !statements.isEmpty()) {
                // "…完成年初预算的98.63%。决算数小于年初预算数的主要原因是…": the comparison is the figures' own sentence
                statements.set(statements.size() - 1, statements.get(statements.size() - 1).withText(clause.strip()));
            }
            Builder current = null;
            for (String segment : SEGMENTS.split(clause)) {
                String seg = segment.strip();
                Integer page = pageAt.apply(segmentStart);
                segmentStart += segment.length() + 1;
                if (seg.isEmpty() || seg.length() > MAX_SEGMENT) {
                    continue; // a clause of thousands of characters is not prose (a dump of digits, a run-on OCR line)
                }
                if (seg.chars().noneMatch(Character::isDigit)) {
                    if (current != null) {
                        current.append(seg); // words only: part of the statement's text, no figure to read
                    }
                    continue;
                }
                // each pattern is tried only where the words it needs are present: most segments state a plain figure
                boolean changed = seg.indexOf("增") >= 0 || seg.indexOf("减") >= 0 || seg.indexOf("下降") >= 0;
                Matcher change = CHANGE.matcher(seg);
                Matcher rate = RATE.matcher(seg);
                Matcher share = SHARE.matcher(seg);
                Matcher figure = FIGURE.matcher(seg);
                Matcher bare = BARE_CHANGE.matcher(seg);
                Matcher completion = COMPLETION.matcher(seg);
                if (current != null && seg.indexOf("完成") >= 0 && completion.find() && !figureBefore(seg, completion.start())) {
                    current.add(StatedValue.COMPLETION, completion.group(1), "%");
                } else if (changed && (seg.indexOf('年') >= 0 || seg.contains("同比")) && change.find()) {
                    if (current == null || figureBefore(seg, change.start())) {
                        current = open(statements, current, seg.substring(0, change.start()), line, page);
                        addFigures(current, seg.substring(0, change.start()));
                    }
                    current.change(change);
                } else if (changed && current != null && rate.find()) {
                    current.rate(rate.group(1), rate.group(2));
                } else if (seg.indexOf('占') >= 0 && share.find() && !figureBefore(seg, share.start()) && current != null) {
                    current.add(StatedValue.SHARE, share.group(1), "%");
                } else if (changed && bare.find() && !figure.find(0)) {
                    current = open(statements, current, bare.group(1), line, page);
                    current.signed(StatedValue.CHANGE, bare.group(3), bare.group(4), bare.group(2).equals("减少"));
                } else if (figure.find(0)) {
                    current = open(statements, current, seg.substring(0, figure.start()), line, page);
                    addFigures(current, seg);
                    Matcher trailingShare = SHARE.matcher(seg);
                    if (trailingShare.find()) {
                        current.add(StatedValue.SHARE, trailingShare.group(1), "%");
                    }
                }
                if (current != null) {
                    current.append(seg);
                }
            }
            if (current != null) {
                current.build().ifPresent(statements::add);
            }
        }
        return statements;
    }

    /** Markup and fill-in underscores around figures go; OCR spaces inside figures are repaired by AmountParser. */
    static String clean(String sentence) {
        return UNDERLINE.matcher(sentence).replaceAll("").replace('_', ' ').replace('（', '(').replace('）', ')')
                .replace('％', '%').replace('，', '，').strip();
    }

    private static boolean figureBefore(String seg, int end) {
        return FIGURE.matcher(seg.substring(0, end)).find();
    }

    private static Builder open(List<NarrativeStatement> done, Builder current, String subjectText, int line, Integer page) {
        if (current != null) {
            current.build().ifPresent(done::add);
        }
        return new Builder(subject(subjectText), line, page);
    }

    private static void addFigures(Builder statement, String seg) {
        Matcher figure = FIGURE.matcher(seg);
        while (figure.find()) {
            String unit = figure.group(2);
            statement.add(unit.equals("项") || unit.equals("个") ? StatedValue.COUNT : StatedValue.AMOUNT, figure.group(1), unit);
        }
    }

    private static String subject(String prefix) {
        String s = SUBJECT_NOISE.matcher(prefix.strip()).replaceFirst("");
        s = SUBJECT_TAIL.matcher(s).replaceFirst("");
        s = YEAR.matcher(s).replaceAll("").strip();
        return s.isEmpty() ? null : s;
    }

    private static Optional<PrintedAmount> amount(String printed, String unit) {
        return AmountParser.parseCell(printed, AmountUnit.fromPrinted(unit));
    }

    /** A statement being read, segment by segment. */
    private static final class Builder {
        private final String subject;
        private final int line;
        private final Integer page;
        private final StringBuilder text = new StringBuilder();
        private final List<StatedValue> values = new ArrayList<>();
        private boolean yearOverYear;

        Builder(String subject, int line, Integer page) {
            this.subject = subject;
            this.line = line;
            this.page = page;
        }

        void append(String segment) {
            if (text.length() > 0) {
                text.append('，');
            }
            text.append(segment);
        }

        void add(String role, String printed, String unit) {
            amount(printed, unit).ifPresent(a -> values.add(new StatedValue(role, a)));
        }

        void signed(String role, String printed, String unit, boolean negative) {
            yearOverYear = true;
            amount(printed, unit).ifPresent(a -> values.add(new StatedValue(role, negative
                    ? new PrintedAmount(a.printed(), a.value().negate(), a.scale(), a.unit(), a.repairs()) : a)));
        }

        void change(Matcher change) {
            String year = change.group(1) != null ? change.group(1) : change.group(2);
            if (year != null) { // 上年, 去年: the year before the document's, not printed
                add(StatedValue.PRIOR_YEAR, year, "");
            }
            boolean down = change.group(3).equals("减少") || change.group(3).equals("下降");
            String unit = change.group(5);
            signed(unit.equals("%") ? StatedValue.RATE : StatedValue.CHANGE, change.group(4), unit, down);
        }

        void rate(String direction, String printed) {
            signed(StatedValue.RATE, printed, "%", direction.equals("下降") || direction.equals("减少"));
        }

        Optional<NarrativeStatement> build() {
            if (values.isEmpty()) {
                return Optional.empty();
            }
            StatementKind kind = yearOverYear ? StatementKind.YEAR_OVER_YEAR
                    : has(StatedValue.SHARE) ? StatementKind.SHARE
                    : has(StatedValue.COUNT) ? StatementKind.COUNT : StatementKind.AMOUNT;
            return Optional.of(new NarrativeStatement(text.toString(), kind, subject, values, line, null, null, page));
        }

        private boolean has(String role) {
            return values.stream().anyMatch(v -> v.role().equals(role));
        }
    }
}
