package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.StatementKind;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.rules.SangongFigures.Item;

/**
 * The whole a narrative share ("X 万元，占 S%") is a share of, for NARR-SHARE ({@link NarrShareRule}), found only where
 * the text makes it certain:
 * <ul>
 * <li>a whole the sentence names ("占“三公”经费的 13.77%", "占本年支出合计的 99.92%") is the amount stated earlier under
 * that name, or for the “三公” the “三公” table's total;</li>
 * <li>"支出预算 40734.65 万元，其中：基本支出 2726.30 万元，占 6.69%": a part introduced by 其中 is a share of the amount
 * its sentence stated just before;</li>
 * <li>shares listed one after the other that add up to 100% break one whole down: it is the sum of their amounts
 * (Yanbian's 社会保障和就业 30.54% + 卫生健康 65.13% + 住房保障 4.33%).</li>
 * </ul>
 * Anything else would be a guess among the amounts stated before.
 */
final class ShareWholes {

    /** "占“三公”经费的 13.77%", "占本年支出合计的99.92%": the words between 占 and the rate name the whole. */
    private static final Pattern NAMED = Pattern.compile("占([^0-9%，,。；;]{1,24}?)\\s*\\d[\\d.\\s]*[%％]");
    private static final Pattern NOISE = Pattern.compile("[“”\"'‘’《》\\s]|的$|比重|比例|为$|合计|总计|总额|预算|数$|本部门|本单位");
    private static final int NAME_LOOKBACK_LINES = 12;
    /** "社会保障和就业(类)支出": a line of the function classification named at its class level. */
    private static final Pattern CLASS = Pattern.compile("[(（]类[)）]");
    /** "本年收入中" (the commas are gone): the opening words that name the whole the sentence breaks down. */
    private static final Pattern LEAD = Pattern.compile("^([^，,。；;：:\\d]{2,12}?)中$");
    /** Paragraphs that follow each other: the next line, or the one after a blank line. */
    private static final int PARAGRAPH_GAP = 2;
    /** OCR exports underline figures ("<u>776.16</u>"); the statements are read without the tags. */
    private static final Pattern UNDERLINE = Pattern.compile("</?u>");

    /**
     * A whole: its value, what it is called in a finding, the printed figures it was made of, and the statement it was
     * read from or, where it is the “三公” table's total, that table's figures (both null where it is a sum).
     */
    record Whole(Interval value, String name, String printed, NarrativeStatement statement, Map<Item, SangongFigures.Figure> sangong) {

        Whole(Interval value, String name, String printed, NarrativeStatement statement) {
            this(value, name, printed, statement, null);
        }

        /**
         * The part as the whole's table prints it, where the narrative rounds it further ("110 万元" for the table's 110.00):
         * a “三公” item's own cell, when the narrative's figure stands for it.
         */
        PrintedAmount part(NarrativeStatement statement, PrintedAmount stated) {
            if (sangong == null || statement.subject() == null) {
                return stated;
            }
            return SangongFigures.item(statement.subject()).map(sangong::get).map(SangongFigures.Figure::amount).map(cell -> cell.inUnit(stated.unit()))
                    .filter(cell -> Interval.ofPrinted(cell).intersects(Interval.ofPrinted(stated)) && cell.scale() > stated.scale()).orElse(stated);
        }
    }

    private final ExtractedDocument document;
    private final List<NarrativeStatement> statements;
    private final Map<Integer, List<Integer>> breakdowns = new HashMap<>();

    ShareWholes(ExtractedDocument document) {
        this.document = document;
        this.statements = document.statements();
        findBreakdowns();
    }

    /** The whole the sentence names, or empty when it names none ("占 6.69%"). */
    static Optional<String> namedWhole(NarrativeStatement statement) {
        Matcher named = NAMED.matcher(statement.text());
        if (!named.find()) {
            return Optional.empty();
        }
        String name = normalised(named.group(1));
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** The whole of the share at this index, where certain. */
    Optional<Whole> of(int index) {
        Optional<String> name = namedWhole(statements.get(index));
        if (name.isPresent()) {
            Optional<Whole> found = byName(index, name.get());
            if (found.isPresent()) {
                return found;
            }
            if (name.get().contains("三公")) {
                Optional<Whole> table = Statements.value(statements.get(index), StatedValue.AMOUNT).flatMap(part -> sangongTable(part.unit()));
                if (table.isPresent()) {
                    return table;
                }
            }
        } else {
            Optional<Whole> led = leadingWhole(index).flatMap(lead -> byName(index, lead));
            if (led.isPresent()) {
                return led;
            }
        }
        return brokenDown(index).or(() -> breakdown(index));
    }

    /**
     * The whole a sentence names in its opening words: "本年收入中，一般公共预算拨款收入 1,053.43 万元，占 100%" (延边 2024
     * line 628) is a share of the 本年收入 stated before, "基本支出中，人员经费 556.99 万元，占 87.46%" of the 基本支出.
     */
    private Optional<String> leadingWhole(int index) {
        NarrativeStatement statement = statements.get(index);
        String wanted = withoutCommas(statement.text());
        for (TextLine printed : document.prose()) {
            if (printed.line() != statement.line()) {
                continue;
            }
            String text = withoutCommas(UNDERLINE.matcher(printed.text()).replaceAll(""));
            int at = text.indexOf(wanted);
            if (at < 0) {
                return Optional.empty();
            }
            String sentence = text.substring(text.lastIndexOf('。', at) + 1, at);
            Matcher lead = LEAD.matcher(sentence);
            return lead.matches() ? Optional.of(normalised(lead.group(1))).filter(n -> !n.isEmpty()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A line and a statement's text compared without spaces, commas (the reader joins segments with its own), fill-in underscores or full-width marks. */
    private static String withoutCommas(String text) {
        return Texts.withoutWhitespace(text).replaceAll("[，,_]", "").replace('（', '(').replace('）', ')').replace('％', '%');
    }

    /**
     * "X 万元，其中：A 万元，占 S%；B 万元，占 T%": X, the nearest amount at least A stated before in the same sentence;
     * the shares listed after the 其中 in the same sentence break the same X down.
     */
    private Optional<Whole> brokenDown(int index) {
        NarrativeStatement part = statements.get(index);
        Optional<PrintedAmount> partAmount = Statements.value(part, StatedValue.AMOUNT);
        if (partAmount.isEmpty()) {
            return Optional.empty();
        }
        if (!part.text().startsWith("其中")) {
            for (int j = index - 1; j >= 0 && statements.get(j).line() == part.line() && statements.get(j).kind() == StatementKind.SHARE; j--) {
                if (statements.get(j).text().startsWith("其中")) {
                    return sameSentence(j, index)
                            ? brokenDown(j).filter(whole -> whole.value().high().compareTo(partAmount.get().value()) >= 0) : Optional.empty();
                }
            }
            return Optional.empty();
        }
        for (int j = index - 1; j >= 0 && statements.get(j).line() == part.line(); j--) {
            Optional<PrintedAmount> amount = Statements.value(statements.get(j), StatedValue.AMOUNT);
            if (amount.isPresent() && amount.get().value().compareTo(partAmount.get().value()) >= 0) {
                return Optional.of(new Whole(Interval.ofPrinted(amount.get()), statements.get(j).subject(), amount.get().printed(), statements.get(j)));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether two statements of one line belong to one sentence: no full stop between them in the printed line
     * ("…占 6.69%；项目支出 38008.35 万元，占 93.31%", not "…占 7.96%。本年收入中，…占 100%"). Each statement is found in
     * the line by its figures, in order from the line's first statement, so that a figure printed twice is not
     * mistaken for another's. False where the line does not show them.
     */
    private boolean sameSentence(int earlier, int later) {
        int line = statements.get(later).line();
        int first = earlier;
        while (first > 0 && statements.get(first - 1).line() == line) {
            first--;
        }
        for (TextLine printed : document.prose()) {
            if (printed.line() != line) {
                continue;
            }
            String text = Texts.withoutWhitespace(UNDERLINE.matcher(printed.text()).replaceAll(""));
            int cursor = 0;
            int from = -1;
            for (int j = first; j <= later; j++) {
                for (StatedValue value : statements.get(j).values()) {
                    int at = text.indexOf(Texts.withoutWhitespace(value.amount().printed()), cursor);
                    if (at < 0) {
                        return false;
                    }
                    cursor = at + 1;
                    if (j == earlier && from < 0) {
                        from = at;
                    }
                }
            }
            return from >= 0 && text.substring(from, cursor).indexOf('。') < 0;
        }
        return false;
    }

    /** The amount stated a few lines before under the name the share gives its whole. */
    private Optional<Whole> byName(int index, String name) {
        int line = statements.get(index).line();
        for (int j = index - 1; j >= 0 && line - statements.get(j).line() <= NAME_LOOKBACK_LINES; j--) {
            NarrativeStatement earlier = statements.get(j);
            Optional<PrintedAmount> amount = Statements.value(earlier, StatedValue.AMOUNT);
            if (earlier.subject() != null && amount.isPresent() && normalised(earlier.subject()).contains(name)) {
                return Optional.of(new Whole(Interval.ofPrinted(amount.get()), earlier.subject(), amount.get().printed(), earlier));
            }
        }
        return Optional.empty();
    }

    /**
     * The “三公” table's total for the document's year ({@link SangongFigures}), where it prints one, in the unit the
     * narrative's part is printed in (a table in 元 beside a narrative in 万元).
     */
    private Optional<Whole> sangongTable(AmountUnit unit) {
        if (unit.inYuan() == null) {
            return Optional.empty();
        }
        for (ExtractedTable table : document.tables()) {
            if (table.type() != TableType.THREE_PUBLIC_COSTS || table.unit().inYuan() == null) {
                continue;
            }
            Map<Item, SangongFigures.Figure> figures = SangongFigures.read(table, CompleteTablesRule.isFinalAccounts(document));
            SangongFigures.Figure total = figures.get(Item.TOTAL);
            if (total != null && total.amount() != null) {
                String name = "《" + table.title() + "》" + Texts.withoutWhitespace(total.column().path());
                return Optional.of(new Whole(Interval.ofPrinted(total.amount().inUnit(unit)), name, total.amount().printed(), null, figures));
            }
        }
        return Optional.empty();
    }

    /** The sum of the amounts of the shares listed with this one, when together they make 100%. */
    private Optional<Whole> breakdown(int index) {
        List<Integer> members = breakdowns.get(index);
        if (members == null) {
            return Optional.empty();
        }
        Interval sum = Interval.ZERO;
        List<String> printed = new ArrayList<>();
        for (int member : members) {
            PrintedAmount amount = Statements.value(statements.get(member), StatedValue.AMOUNT).orElseThrow();
            sum = sum.plus(Interval.ofPrinted(amount));
            printed.add(amount.printed());
        }
        return Optional.of(new Whole(sum, "所列各项之和", String.join("+", printed), null));
    }

    /**
     * Runs of consecutive shares (of the same named whole, or of none) whose rates add up to 100%, within one unit of
     * the last printed digit of each rate (rates may be cut rather than rounded); a run that passes 100% drops its
     * first members until it does not.
     */
    private void findBreakdowns() {
        List<Integer> run = new ArrayList<>();
        String runWhole = null;
        for (int i = 0; i < statements.size(); i++) {
            NarrativeStatement statement = statements.get(i);
            Optional<PrintedAmount> share = Statements.value(statement, StatedValue.SHARE);
            if (statement.kind() != StatementKind.SHARE || share.isEmpty() || Statements.value(statement, StatedValue.AMOUNT).isEmpty()) {
                run.clear();
                continue;
            }
            String whole = namedWhole(statement).orElse("");
            if (!run.isEmpty() && !whole.equals(runWhole)) {
                run.clear();
            }
            runWhole = whole;
            run.add(i);
            while (rates(run).compareTo(HUNDRED.add(tolerance(run))) > 0) {
                run.remove(0);
            }
            if (run.size() >= 2 && rates(run).subtract(HUNDRED).abs().compareTo(tolerance(run)) <= 0) {
                List<Integer> members = List.copyOf(run);
                members.forEach(m -> breakdowns.put(m, members));
                run.clear();
            }
        }
        findBreakdownsWithOneWrongShare();
    }

    /**
     * A list of shares in one sentence whose rates do not add up to 100% because one of them is wrong: every other share
     * is its amount over the sum of the list's amounts, which proves that sum the whole (of two, 87.46% of 556.99 + 79.86
     * beside a 12.54% misprinted 15.54%). Classes may be listed one to a paragraph, each with its share (延边 2024 lines
     * 642–646: "社会保障和就业(类)支出 349.50 万元，占 30.54%", "卫生健康支出(类)支出 745.38 万元，占 65.13%", "住房保障(类)支出
     * 49.64 万元，占 4.33%"): a list of class shares goes on over paragraphs that follow each other, so that 65.13% and 4.33%
     * of 349.50 + 745.38 + 49.64 prove the whole beside a 30.54% misprinted 33.54%.
     */
    private void findBreakdownsWithOneWrongShare() {
        int start = 0;
        while (start < statements.size()) {
            int end = start;
            while (end < statements.size() && listedShare(end) && !breakdowns.containsKey(end)
                    && (statements.get(end).line() == statements.get(start).line() || classListGoesOn(end))
                    && namedWhole(statements.get(end)).orElse("").equals(namedWhole(statements.get(start)).orElse(""))) {
                end++;
            }
            List<Integer> run = new ArrayList<>();
            for (int i = start; i < end; i++) {
                run.add(i);
            }
            if (run.size() >= 2 && agreeingShares(run) == run.size() - 1) {
                List<Integer> members = List.copyOf(run);
                members.forEach(m -> breakdowns.put(m, members));
            }
            start = Math.max(end, start + 1);
        }
    }

    /** A class share in the paragraph right after the one of the class share before it. */
    private boolean classListGoesOn(int index) {
        return index > 0 && namesClass(statements.get(index)) && namesClass(statements.get(index - 1))
                && statements.get(index).line() - statements.get(index - 1).line() <= PARAGRAPH_GAP;
    }

    private static boolean namesClass(NarrativeStatement statement) {
        return statement.subject() != null && CLASS.matcher(statement.subject()).find();
    }

    private boolean listedShare(int index) {
        NarrativeStatement statement = statements.get(index);
        return statement.kind() == StatementKind.SHARE && Statements.value(statement, StatedValue.SHARE).isPresent()
                && Statements.value(statement, StatedValue.AMOUNT).isPresent();
    }

    private long agreeingShares(List<Integer> run) {
        Interval sum = Interval.ZERO;
        for (int i : run) {
            sum = sum.plus(Interval.ofPrinted(Statements.value(statements.get(i), StatedValue.AMOUNT).orElseThrow()));
        }
        Interval whole = sum;
        return run.stream().filter(i -> {
            PrintedAmount share = Statements.value(statements.get(i), StatedValue.SHARE).orElseThrow();
            return Interval.ofPrinted(Statements.value(statements.get(i), StatedValue.AMOUNT).orElseThrow()).dividedBy(whole)
                    .map(q -> PrintedRates.of(q.times(HUNDRED), share) != PrintedRates.WRONG).orElse(false);
        }).count();
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BigDecimal rates(List<Integer> run) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i : run) {
            sum = sum.add(Statements.value(statements.get(i), StatedValue.SHARE).orElseThrow().value());
        }
        return sum;
    }

    private BigDecimal tolerance(List<Integer> run) {
        BigDecimal tolerance = BigDecimal.ZERO;
        for (int i : run) {
            tolerance = tolerance.add(BigDecimal.ONE.movePointLeft(Math.max(0, Statements.value(statements.get(i), StatedValue.SHARE).orElseThrow().scale())));
        }
        return tolerance;
    }

    private static String normalised(String name) {
        return NOISE.matcher(name).replaceAll("");
    }
}
