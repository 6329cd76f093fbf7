package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.rules.ProjectForms.ProjectForm;

/**
 * PERF-NARR: the narrative's statement of the projects with performance targets ("申报绩效目标的项目有 15 项，涉及一般公共
 *预算当年拨款 38008.35 万元", "确定 10 个二级项目支出的绩效目标…涉及金额 416.57 万元") against the forms the document
 * prints and the project table. Where the stated number of projects is the number of project forms, the forms are the
 * whole set: their number is the count and their amounts add up to the stated amount. A form whose amount is printed
 * in 元 under a heading in 万元 (延边 "项目资金 (万元) 年度资金总额 50000.00", its own target "=5万元") is found when
 * reading exactly such figures as 元 makes the forms add up. Where the sentence says every project has targets
 * (全面实施绩效目标管理), the stated amount is the project table's 合计 (or its 财政拨款). A sentence that says forms are
 * withheld (涉密, 不予公开) is not compared; nor is a count of 一级 projects with forms of their 二级 projects.
 * ERROR for a unit error the sum proves and for a project table read with confidence; WARNING for a count or a sum of
 * forms that disagrees (forms are read by their keys, with less certainty than a table); INFO within rounding.
 */
public final class PerfNarrRule implements Rule {

    public static final String ID = "PERF-NARR";
    private static final Pattern COUNT = Pattern.compile(
            "(\\d+)\\s*[个项](一级|二级)?(预算)?项目|(一级|二级)?(预算)?项目(共|有|共有)?(\\d+)\\s*[个项]");
    private static final Pattern AMOUNT = Pattern.compile(
            "(涉及|预算资金|预算拨款|资金合计|金额)[^0-9。，,；]{0,16}?([0-9][0-9,]*(\\.[0-9]+)?)(亿元|万元|元)");
    private static final Pattern FISCAL_WORDING = Pattern.compile("拨款|财政");
    private static final Pattern NOT_TARGETS = Pattern.compile("评价|自评|涉密|不予公开|不公开");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "narrative";
    }

    /** The forms are read for their words, which the figure rules never see. */
    @Override
    public boolean readsEveryTable() {
        return true;
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        List<ProjectForm> forms = ProjectForms.of(document);
        for (ProseSentences.Sentence sentence : ProseSentences.of(document)) {
            String text = sentence.text();
            if (!text.contains("绩效目标") || NOT_TARGETS.matcher(text).find()) {
                continue;
            }
            Matcher count = COUNT.matcher(text);
            Matcher amount = AMOUNT.matcher(text);
            boolean counted = count.find();
            boolean amounted = amount.find();
            if (!counted && !amounted) {
                continue;
            }
            String level = counted ? Optional.ofNullable(count.group(2)).orElse(count.group(4)) : null;
            Integer stated = counted ? Integer.valueOf(count.group(1) != null ? count.group(1) : count.group(7)) : null;
            Optional<PrintedAmount> money = amounted
                    ? AmountParser.parseCell(amount.group(2), AmountUnit.fromPrinted(amount.group(4))) : Optional.empty();
            boolean fiscal = amounted && FISCAL_WORDING.matcher(amount.group(0)).find();
            if (stated != null && !forms.isEmpty() && !"一级".equals(level)) {
                countAgainstForms(sentence, stated, forms, sink);
                if (stated == forms.size() && money.isPresent()) {
                    amountAgainstForms(sentence, money.get(), forms, fiscal, sink);
                }
            }
            if (money.isPresent() && ProjectForms.claimsEveryProject(sentence.text())) {
                amountAgainstTable(document, sentence, money.get(), fiscal, sink);
            }
        }
    }

    private void countAgainstForms(ProseSentences.Sentence sentence, int stated, List<ProjectForm> forms, CheckSink sink) {
        if (stated == forms.size()) {
            sink.passed(ID);
            return;
        }
        sink.failed(new Finding(ID, category(), Severity.WARNING,
                "说明称 " + stated + " 个项目设有绩效目标，文中印有 " + forms.size() + " 张项目绩效目标表：“" + sentence.text() + "”",
                "the narrative counts " + stated + " projects with performance targets; the document prints " + forms.size() + " project forms",
                Interval.exactly(BigDecimal.valueOf(forms.size())), Interval.exactly(BigDecimal.valueOf(stated)),
                BigDecimal.valueOf(Math.abs(stated - forms.size())), List.of(String.valueOf(stated)),
                locations(sentence, forms), Fingerprints.of(ID, "count", sentence.line()), ValueUnit.COUNT));
    }

    /** The forms' amounts add up to the stated amount, or would if some of them were read in 元: a unit error the sum proves. */
    private void amountAgainstForms(ProseSentences.Sentence sentence, PrintedAmount stated, List<ProjectForm> forms, boolean fiscal,
                                    CheckSink sink) {
        boolean byFiscal = fiscal && forms.stream().allMatch(f -> f.fiscal() != null);
        if (!byFiscal && forms.stream().anyMatch(f -> f.amount() == null)) {
            return;
        }
        List<PrintedAmount> amounts = forms.stream().map(f -> (byFiscal ? f.fiscal() : f.amount()).inUnit(stated.unit())).toList();
        Addition addition = new Addition(List.of(stated), amounts, "说明“" + sentence.text() + "”所述金额", "各项目绩效目标表金额之和",
                "the amount the narrative states", "the sum of the project forms' amounts", locations(sentence, forms), List.of("forms", sentence.line()),
                stated.unit());
        if (SumCheck.outcome(addition) != SumCheck.Outcome.DIFFERENT) {
            SumCheck.check(ID, category(), Severity.WARNING, addition, sink);
            return;
        }
        Optional<List<Integer>> inYuan = printedInYuan(stated, amounts);
        if (inYuan.isEmpty()) {
            SumCheck.check(ID, category(), Severity.WARNING, addition, sink);
            return;
        }
        List<ProjectForm> yuan = inYuan.get().stream().map(forms::get).toList();
        List<String> printed = inYuan.get().stream().map(i -> amounts.get(i).printed()).toList();
        List<FindingLocation> locations = new ArrayList<>(List.of(sentenceLocation(sentence)));
        yuan.forEach(f -> locations.add(Locations.row(f.table(), f.row())));
        Interval sum = SumCheck.intervalSum(amounts);
        String names = String.join("、", yuan.stream().map(f -> "“" + f.name() + "”").toList());
        sink.failed(new Finding(ID, category(), Severity.ERROR,
                "各项目绩效目标表金额之和与说明“" + sentence.text() + "”所述 " + stated.printed() + " 万元不符；" + names + "印作 "
                        + String.join("、", printed) + " 万元，按 元 计则正好相符：这些表的元数误标为万元",
                "the project forms do not add up to the " + stated.printed() + " 万元 the narrative states; read as 元, the figures of "
                        + yuan.size() + " forms printed in 万元 (" + String.join(", ", printed) + ") make them add up",
                Interval.ofPrinted(stated), sum, sum.distanceTo(Interval.ofPrinted(stated)), printed, locations,
                Fingerprints.of(ID, "yuan", sentence.line()), ValueUnit.WAN_YUAN));
    }

    /**
     * The forms whose figures, read in 元 rather than the 万元 their heading says, make the sum agree: the largest ones, as
     * a 元 figure is 10,000 times the 万元 it stands for. Empty when no such set makes it agree.
     */
    private static Optional<List<Integer>> printedInYuan(PrintedAmount stated, List<PrintedAmount> amounts) {
        if (stated.unit() != AmountUnit.WAN_YUAN) {
            return Optional.empty();
        }
        List<Integer> bySize = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            bySize.add(i);
        }
        bySize.sort(Comparator.comparing((Integer i) -> amounts.get(i).value()).reversed());
        for (int k = 1; k <= amounts.size(); k++) {
            List<Integer> yuan = bySize.subList(0, k);
            Interval sum = Interval.ZERO;
            for (int i = 0; i < amounts.size(); i++) {
                Interval printed = Interval.ofPrinted(amounts.get(i));
                sum = sum.plus(yuan.contains(i) ? printed.times(BigDecimal.ONE.divide(TEN_THOUSAND)) : printed);
            }
            if (sum.intersects(Interval.ofPrinted(stated))) {
                return Optional.of(List.copyOf(yuan));
            }
        }
        return Optional.empty();
    }

    /** "全面实施绩效目标管理，涉及…预算资金 3056.57 万元": the project table's 合计, or its 财政拨款 where the sentence says 拨款. */
    private void amountAgainstTable(ExtractedDocument document, ProseSentences.Sentence sentence, PrintedAmount stated, boolean fiscal,
                                    CheckSink sink) {
        List<ExtractedTable> tables = ProjectLines.tables(document).stream().filter(t -> t.type() == TableType.PROJECT_EXPENDITURE).toList();
        if (tables.size() != 1) {
            return;
        }
        ExtractedTable table = tables.get(0);
        Optional<TableFigures.Figure> total = TableFigures.grandTotal(table);
        if (total.isEmpty()) {
            return;
        }
        List<TableFigures.Figure> candidates = new ArrayList<>(List.of(total.get()));
        if (fiscal) {
            TableFigures.column(table, p -> p.matches("(.*/)?(财政拨款(/小计|合计)?|本年拨款/一般公共预算|一般公共预算)"))
                    .flatMap(c -> TableFigures.cell(table, total.get().row(), c)).ifPresent(candidates::add);
        }
        Addition closest = null;
        for (TableFigures.Figure figure : candidates) {
            List<FindingLocation> locations = new ArrayList<>(List.of(sentenceLocation(sentence)));
            figure.columns().forEach(c -> locations.add(Locations.cell(table, figure.row(), c)));
            Addition addition = new Addition(List.of(stated), figure.in(stated.unit()), "说明“" + sentence.text() + "”所述金额",
                    figure.describe(), "the amount the narrative states", figure.describe(), locations, List.of("table", sentence.line()), stated.unit());
            if (SumCheck.outcome(addition) == SumCheck.Outcome.EXACT) {
                sink.passed(ID);
                return;
            }
            if (closest == null || SumCheck.outcome(addition) == SumCheck.Outcome.WITHIN_ROUNDING) {
                closest = addition;
            }
        }
        SumCheck.check(ID, category(), ProjectLines.trusted(table) ? Severity.ERROR : Severity.INFO, closest, sink);
    }

    private static List<FindingLocation> locations(ProseSentences.Sentence sentence, List<ProjectForm> forms) {
        List<FindingLocation> locations = new ArrayList<>(List.of(sentenceLocation(sentence)));
        forms.forEach(f -> locations.add(Locations.row(f.table(), f.row())));
        return locations;
    }

    private static FindingLocation sentenceLocation(ProseSentences.Sentence sentence) {
        return new FindingLocation(null, null, null, null, null, null, null, null, sentence.line(), sentence.text(), sentence.page());
    }
}
