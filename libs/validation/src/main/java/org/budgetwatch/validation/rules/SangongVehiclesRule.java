package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.rules.SangongFigures.Figure;
import org.budgetwatch.validation.rules.SangongFigures.Item;

/**
 * SANGONG-VEHICLES: the cars the narrative says the department holds (国有资产占有使用情况: "共有车辆41辆，其中业务用车12辆，
 * 机要通信用车6辆，应急保障用车17辆，其他按照规定配备的公务用车6辆") against themselves and against the “三公” table.
 * <ul>
 * <li>ERROR when the kinds listed under 其中 add up to more cars than the total, or to another number than the total
 * while the list ends in a catch-all kind (其他…用车), which makes it complete. Counts are exact: no rounding.</li>
 * <li>WARNING when the department holds no car, buys none in the year (the table's 购置费 blank or 0), and the table still
 * budgets (or spends) 公务用车运行维护费: running costs for cars it does not have. Not when the document says why (cars
 * rented, shared through a platform, handed in or disposed of during the year) where it states the cars or their costs.</li>
 * </ul>
 * The narrative is read across its line ends: PDFs break the sentence wherever the line is full.
 */
public final class SangongVehiclesRule implements Rule {

    public static final String ID = "SANGONG-VEHICLES";

    /** "共有车辆41辆", "实有车辆15辆", "共有公务用车 0 辆"; not "购置车辆". */
    private static final Pattern HELD = Pattern.compile("(?:共有|实有|现有|拥有|共计|共)(?:公务)?(?:车辆|用车|公务用车)\\s*(\\d+)\\s*辆");
    /** One kind of the list after 其中: "机要通信用车6辆", "其他按照规定配备的公务用车 6 辆". */
    private static final Pattern KIND = Pattern.compile("([^、，,；;：:。0-9\\s][^、，,；;：:。0-9]{1,30}?)\\s*(\\d+)\\s*辆");
    private static final Pattern EXPLAINED = Pattern.compile("租用|租赁|租车|共享|平台|统筹|借用|调剂|上交|移交|划转|处置|车改|车辆改革|社会化");
    /** A line that states figures ("运行维护费 28 万元，主要用于租用…"), not a definition of the terms (名词解释). */
    private static final Pattern STATES_FIGURES = Pattern.compile("[0-9]\\s*(万元|元|辆)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "narrative";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        JoinedProse prose = JoinedProse.of(document.prose());
        Matcher held = HELD.matcher(prose.text());
        Optional<Holding> first = Optional.empty();
        while (held.find()) {
            Holding holding = holding(prose, held);
            first = first.or(() -> Optional.of(holding));
            checkKinds(holding, sink);
        }
        first.ifPresent(h -> checkRunningCosts(document, prose, h, sink));
    }

    private static Holding holding(JoinedProse prose, Matcher held) {
        int total = Integer.parseInt(held.group(1));
        int end = sentenceEnd(prose.text(), held.end());
        String rest = prose.text().substring(held.end(), end);
        List<Kind> kinds = new ArrayList<>();
        Matcher list = Pattern.compile("^\\s*[，,]?\\s*其中\\s*[：:，,]?").matcher(rest);
        if (list.find()) {
            Matcher kind = KIND.matcher(rest);
            kind.region(list.end(), rest.length());
            int expected = list.end();
            while (kind.find() && rest.substring(expected, kind.start()).matches("\\s*[、，,]?\\s*")) {
                kinds.add(new Kind(kind.group(1).strip(), Integer.parseInt(kind.group(2))));
                expected = kind.end();
            }
        }
        return new Holding(total, kinds, prose.text().substring(held.start(), end), prose.lineAt(held.start()));
    }

    /** The sentence or clause group ends at 。 or ；, or where the next asset (设备, 房屋) begins. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';' || text.startsWith("单价", i) || text.startsWith("单位价值", i)) {
                return i;
            }
        }
        return text.length();
    }

    private void checkKinds(Holding holding, CheckSink sink) {
        if (holding.kinds().size() < 2 && holding.kinds().stream().noneMatch(k -> k.count() > holding.total())) {
            return; // "其中，一般公务用车127辆": one kind says nothing about the others
        }
        int sum = holding.kinds().stream().mapToInt(Kind::count).sum();
        boolean complete = holding.kinds().get(holding.kinds().size() - 1).name().startsWith("其他");
        if (sum > holding.total() || complete && sum != holding.total()) {
            List<String> addends = holding.kinds().stream().map(k -> k.name() + " " + k.count()).toList();
            String zh = "共有车辆 " + holding.total() + " 辆，其中各类车辆合计 " + sum + " 辆（"
                    + String.join("、", holding.kinds().stream().map(k -> k.name() + k.count() + "辆").toList()) + "）";
            String en = "the department holds " + holding.total() + " cars, but the kinds listed add up to " + sum;
            sink.failed(new Finding(ID, category(), Severity.ERROR, zh, en, Interval.exactly(BigDecimal.valueOf(holding.total())),
                    Interval.exactly(BigDecimal.valueOf(sum)), BigDecimal.valueOf(sum - holding.total()), addends, List.of(holding.location()),
                    Fingerprints.of(ID, "kinds", holding.line().line(), holding.total()), ValueUnit.COUNT));
        } else {
            sink.passed(ID);
        }
    }

    private void checkRunningCosts(ExtractedDocument document, JoinedProse prose, Holding holding, CheckSink sink) {
        List<ExtractedTable> tables = document.tables().stream().filter(t -> t.type() == TableType.THREE_PUBLIC_COSTS).toList();
        if (holding.total() != 0 || tables.size() != 1 || tables.get(0).isBlank()) {
            return;
        }
        Map<Item, Figure> figures = SangongFigures.read(tables.get(0), CompleteTablesRule.isFinalAccounts(document));
        Figure running = figures.get(Item.RUNNING);
        Figure purchase = figures.get(Item.PURCHASE);
        if (running == null || running.amount() == null || purchase == null
                || purchase.amount() != null && purchase.amount().value().signum() != 0) {
            return; // no running cost read, or cars bought this year
        }
        if (running.amount().value().signum() == 0) {
            sink.passed(ID);
            return;
        }
        if (EXPLAINED.matcher(holding.sentence()).find() || prose.carLines().stream().anyMatch(l -> EXPLAINED.matcher(l.text()).find())) {
            sink.passed(ID);
            return;
        }
        String unit = NarrativeFigures.unitName(running.table().unit());
        String zh = "说明称共有车辆 0 辆，本年未安排公务用车购置费，《" + running.table().title() + "》公务用车运行维护费却为 "
                + running.amount().printed() + unit + "：没有车辆的运行维护费，应说明其用途（如租用、平台保障）";
        String en = "the narrative says the department holds no car and the table buys none, yet " + running.table().title()
                + " puts 公务用车运行维护费 at " + running.amount().printed() + " " + unit;
        sink.failed(new Finding(ID, category(), Severity.WARNING, zh, en, Interval.ZERO, Interval.ofPrinted(running.amount()),
                running.amount().value(), List.of(running.amount().printed()), List.of(holding.location(), running.location()),
                Fingerprints.of(ID, "running", holding.line().line()), ValueUnit.of(running.table().unit())));
    }

    /** A stated holding of cars: the total, the kinds listed under 其中, the sentence and its first line. */
    private record Holding(int total, List<Kind> kinds, String sentence, TextLine line) {

        FindingLocation location() {
            return new FindingLocation(null, null, null, null, null, null, null, null, line.line(), sentence, line.page());
        }
    }

    private record Kind(String name, int count) {
    }

    /** The prose lines joined end to end (a PDF breaks sentences at line ends), each offset traced to its line. */
    private record JoinedProse(String text, List<TextLine> lines, int[] starts) {

        static JoinedProse of(List<TextLine> lines) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                starts[i] = text.length();
                text.append(lines.get(i).text().strip());
            }
            return new JoinedProse(text.toString(), lines, starts);
        }

        TextLine lineAt(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            int index = i >= 0 ? i : -i - 2;
            // equal starts (empty lines): the last line starting at the offset holds it
            while (index + 1 < starts.length && starts[index + 1] == offset) {
                index++;
            }
            return lines.get(Math.max(index, 0));
        }

        /** Lines that state figures about cars: where a document says why it pays for cars it does not hold. */
        List<TextLine> carLines() {
            return lines.stream().filter(l -> (l.text().contains("公务用车") || l.text().contains("车辆") || l.text().contains("运行费"))
                    && STATES_FIGURES.matcher(l.text()).find()).toList();
        }
    }
}
