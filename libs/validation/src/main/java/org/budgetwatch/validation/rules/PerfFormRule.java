package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.budgetwatch.validation.rules.ProjectLines.Line;

/**
 * PERF-FORM: a project's performance form (项目支出绩效目标表) states the amount the project table gives the project of
 * the same printed name: the form's 项目总额 (年度资金总额, 预算数) against the line's 合计, or, where the form prints
 * only its 其中：财政拨款, against the line's fiscal appropriation. A project printed on two lines (two sources of
 * funds) may have one form for both. Forms are often in 万元 where the tables are in 元: each side is read in its
 * own unit. Where every project has a form, the forms add up to the table's 合计; every form's funds box adds up to its
 * total (年度资金总额 = 其中：财政拨款 + 上年结转 + 其他资金), project table or none. A form without a project of its
 * name, or a project without a form, is the document's fault only where it says that every project has targets.
 * ERROR when both sides were read with confidence and name one line; WARNING where the name has several lines;
 * INFO where the reading is in doubt (a project table read with doubt, a name taken from a form's title, an amount
 * over the whole implementation period), or where rounding explains the difference.
 */
public final class PerfFormRule implements Rule {

    public static final String ID = "PERF-FORM";
    /** A form and a line named this alike with the same amount are one project printed under two names: NAME-PROJECT's finding. */
    private static final double RENAMED = 0.5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "cross-table";
    }

    /** Forms are read for their words, which the figure rules never see: this rule judges the project table's confidence itself. */
    @Override
    public boolean readsEveryTable() {
        return true;
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        List<ProjectForm> forms = ProjectForms.of(document);
        forms.stream().filter(f -> f.funds() != null).forEach(f -> fundsAddUp(f, sink));
        List<ExtractedTable> tables = ProjectLines.tables(document);
        if (forms.isEmpty() || tables.isEmpty()) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        tables.forEach(t -> lines.addAll(ProjectLines.of(t)));
        Map<String, List<Line>> byName = new LinkedHashMap<>();
        lines.forEach(l -> byName.computeIfAbsent(ProjectForms.key(l.name()), n -> new ArrayList<>()).add(l));
        List<ProjectForm> unmatched = new ArrayList<>();
        for (ProjectForm form : forms) {
            List<Line> same = byName.get(ProjectForms.key(form.name()));
            if (same == null) {
                unmatched.add(form);
            } else {
                compare(form, same, sink);
            }
        }
        Set<String> formNames = new HashSet<>();
        forms.forEach(f -> formNames.add(ProjectForms.key(f.name())));
        List<Line> withoutForm = lines.stream()
                .filter(l -> l.table().type() == TableType.PROJECT_EXPENDITURE && !formNames.contains(ProjectForms.key(l.name()))).toList();
        List<ProjectForm> unpaired = unmatched.stream().filter(f -> withoutForm.stream().noneMatch(l -> renamed(f, l))).toList();
        List<Line> unpairedLines = withoutForm.stream().filter(l -> unmatched.stream().noneMatch(f -> renamed(f, l))).toList();
        // forms that name none of the table's projects are of another level (三级 projects under the table's 二级) or unit
        boolean sameProjects = (forms.size() - unmatched.size()) * 2 >= forms.size();
        if (sameProjects && tables.stream().allMatch(ProjectLines::trusted) && ProjectForms.claimsEveryProject(document)) {
            unpaired.forEach(f -> sink.failed(formWithoutLine(f, tables.get(0))));
            Set<String> named = new HashSet<>();
            unpairedLines.stream().filter(l -> named.add(ProjectForms.key(l.name()))).forEach(l -> sink.failed(lineWithoutForm(l)));
        }
        if (unpaired.isEmpty() && unpairedLines.isEmpty() && tables.size() == 1 && tables.get(0).type() == TableType.PROJECT_EXPENDITURE) {
            formsAgainstTotal(forms, tables.get(0), sink);
        }
    }

    /**
     * A form's own box adds up: 年度资金总额 = 其中：财政拨款 + 上年结转 + 其他资金 (the parts it prints under its total).
     * ERROR where every part is printed; WARNING where one is left blank (not reported: the total is left partly
     * unexplained rather than contradicted); INFO where a figure needed repairing to be read.
     */
    private void fundsAddUp(ProjectForm form, CheckSink sink) {
        ProjectForms.Funds funds = form.funds();
        boolean repaired = !funds.total().amount().repairs().isEmpty() || funds.parts().stream().anyMatch(p -> !p.amount().repairs().isEmpty());
        Severity severity = repaired ? Severity.INFO : funds.blankPart() ? Severity.WARNING : Severity.ERROR;
        AmountUnit unit = funds.total().amount().unit();
        List<FindingLocation> locations = new ArrayList<>();
        locations.add(Locations.row(funds.total().table(), funds.total().row()));
        funds.parts().forEach(p -> locations.add(Locations.row(p.table(), p.row())));
        String keys = String.join("、", funds.parts().stream().map(p -> p.key().replaceAll("^其中[：:]|[：:]$", "")).toList());
        String blank = funds.blankPart() ? "（另有未填列的项）" : "";
        SumCheck.check(ID, category(), severity, new Addition(List.of(funds.total().amount()),
                funds.parts().stream().map(p -> p.amount().inUnit(unit)).toList(),
                "《" + form.table().title() + "》“" + form.name() + "”" + funds.total().key().replaceAll("[：:]$", "") + "（" + unitZh(unit) + "）",
                keys + "之和" + blank,
                "\"" + form.table().title() + "\" \"" + form.name() + "\" total funds (" + unitZh(unit) + ")",
                "the sum of its parts (" + keys + ")" + (funds.blankPart() ? ", one left blank" : ""),
                locations, List.of("funds", form.name(), funds.total().row().index()), unit), sink);
    }

    /** What a line (or the lines of one name) prints that a form may state: its 合计, its 财政拨款, this year's appropriations. */
    private record Candidate(List<Line> lines, String what, List<PrintedAmount> amounts, List<FindingLocation> cells) {
    }

    /**
     * The form's amount against each line of its name and against their sum, each by its 合计, its 财政拨款 and this year's
     * appropriations: one that agrees is enough. A form figure that agrees only once read in 元 under a heading in 万元
     * (延边 "年度资金总额 50000.00" for a line of 5.00) is a unit error the table proves.
     */
    private void compare(ProjectForm form, List<Line> same, CheckSink sink) {
        PrintedAmount stated = form.amount();
        if (stated == null) {
            return;
        }
        List<Candidate> candidates = new ArrayList<>();
        same.forEach(l -> candidates.addAll(candidates(List.of(l))));
        if (same.size() > 1) {
            candidates.addAll(candidates(same));
        }
        // a form that does not print its unit may print 万元 in a document of 元 tables (or the other way): both readings are tried
        List<PrintedAmount> readings = form.unitPrinted() ? List.of(stated) : List.of(stated, otherUnit(stated));
        Addition closest = null;
        BigDecimal distance = null;
        for (PrintedAmount reading : readings) {
            for (Candidate candidate : candidates) {
                Addition addition = addition(form, reading, candidate);
                SumCheck.Outcome outcome = SumCheck.outcome(addition);
                if (outcome == SumCheck.Outcome.EXACT) {
                    sink.passed(ID);
                    return;
                }
                BigDecimal gap = outcome == SumCheck.Outcome.WITHIN_ROUNDING ? BigDecimal.ZERO
                        : SumCheck.intervalSum(addition.totals()).distanceTo(SumCheck.intervalSum(addition.parts()));
                if (distance == null || gap.compareTo(distance) < 0) {
                    closest = addition;
                    distance = gap;
                }
            }
        }
        if (distance.signum() > 0 && stated.unit() == AmountUnit.WAN_YUAN && printedInYuan(form, stated, candidates, sink)) {
            return;
        }
        boolean trusted = ProjectLines.trusted(same.get(0).table());
        boolean confident = same.size() == 1 && trusted && !form.periodOnly() && !form.nameFromTitle() && stated.repairs().isEmpty()
                && same.get(0).total().repairs().isEmpty();
        Severity severity = confident ? Severity.ERROR : same.size() > 1 && trusted && !form.periodOnly() ? Severity.WARNING : Severity.INFO;
        SumCheck.check(ID, category(), severity, closest, sink);
    }

    private static List<Candidate> candidates(List<Line> lines) {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(candidate(lines, lines.get(0).totalColumn().path(), l -> l.total() == null ? List.of() : List.of(l.total()),
                l -> List.of(l.totalColumn())));
        if (lines.stream().allMatch(l -> l.fiscal() != null)) {
            candidates.add(candidate(lines, lines.get(0).fiscalColumn().path(), l -> List.of(l.fiscal()), l -> List.of(l.fiscalColumn())));
        }
        if (lines.stream().allMatch(l -> !l.thisYears().isEmpty())) {
            candidates.add(candidate(lines, "本年拨款", Line::thisYears, Line::thisYearsColumns));
        }
        return candidates;
    }

    private static Candidate candidate(List<Line> lines, String what, java.util.function.Function<Line, List<PrintedAmount>> amounts,
                                       java.util.function.Function<Line, List<org.budgetwatch.extraction.model.TableColumn>> columns) {
        List<PrintedAmount> all = new ArrayList<>();
        List<FindingLocation> cells = new ArrayList<>();
        for (Line line : lines) {
            all.addAll(amounts.apply(line));
            columns.apply(line).forEach(c -> cells.add(Locations.cell(line.table(), line.row(), c)));
        }
        return new Candidate(lines, what, all, cells);
    }

    /** The form's figure agrees with its line once read in 元: one ERROR that says so. */
    private boolean printedInYuan(ProjectForm form, PrintedAmount stated, List<Candidate> candidates, CheckSink sink) {
        PrintedAmount asYuan = stated.withUnit(AmountUnit.YUAN);
        for (Candidate candidate : candidates) {
            Addition addition = addition(form, asYuan, candidate);
            if (SumCheck.outcome(addition) != SumCheck.Outcome.DIFFERENT) {
                PrintedAmount inWan = asYuan.inUnit(AmountUnit.WAN_YUAN);
                Interval printed = Interval.ofPrinted(stated);
                Interval meant = Interval.ofPrinted(inWan);
                List<FindingLocation> locations = new ArrayList<>(List.of(Locations.row(form.table(), form.row())));
                locations.addAll(candidate.cells());
                String line = "《" + candidate.lines().get(0).table().title() + "》“" + candidate.lines().get(0).name() + "”" + candidate.what();
                sink.failed(new Finding(ID, category(), Severity.ERROR,
                        "《" + form.table().title() + "》“" + form.name() + "”金额印作 " + stated.printed() + " 万元，按 元 计（"
                                + inWan.value().stripTrailingZeros().toPlainString() + " 万元）则与" + line + " "
                                + String.join(" + ", candidate.amounts().stream().map(PrintedAmount::printed).toList()) + " 相符：表中的元数误标为万元",
                        "\"" + form.name() + "\" in \"" + form.table().title() + "\" is printed as " + stated.printed() + " 万元; read as 元 it is the "
                                + candidate.what() + " of its line in \"" + candidate.lines().get(0).table().title() + "\": a figure in 元 under 万元",
                        meant, printed, printed.distanceTo(meant), candidate.amounts().stream().map(PrintedAmount::printed).toList(), locations,
                        Fingerprints.of(ID, "yuan", form.name(), form.row().index()), ValueUnit.WAN_YUAN));
                return true;
            }
        }
        return false;
    }

    private static PrintedAmount otherUnit(PrintedAmount amount) {
        return switch (amount.unit()) {
            case YUAN -> amount.withUnit(AmountUnit.WAN_YUAN);
            case WAN_YUAN -> amount.withUnit(AmountUnit.YUAN);
            default -> amount;
        };
    }

    private Addition addition(ProjectForm form, PrintedAmount stated, Candidate candidate) {
        AmountUnit unit = stated.unit();
        Line first = candidate.lines().get(0);
        String key = form.total() == null ? "其中：财政拨款" : form.periodOnly() ? "实施期资金总额" : "项目金额";
        String keyEn = form.total() == null ? "fiscal appropriation" : form.periodOnly() ? "total over the implementation period" : "amount";
        int count = candidate.lines().size();
        String rows = count > 1 ? "（" + count + " 行之和）" : "";
        List<FindingLocation> locations = new ArrayList<>();
        locations.add(Locations.row(form.table(), form.row()));
        locations.addAll(candidate.cells());
        return new Addition(List.of(stated), candidate.amounts().stream().map(a -> a.inUnit(unit)).toList(),
                "《" + form.table().title() + "》“" + form.name() + "”" + key + "（" + unitZh(unit) + "）",
                "《" + first.table().title() + "》“" + first.name() + "”" + candidate.what() + rows,
                "\"" + form.table().title() + "\" \"" + form.name() + "\" " + keyEn + " (" + unitZh(unit) + ")",
                "\"" + first.table().title() + "\" \"" + first.name() + "\" " + candidate.what() + (count > 1 ? " (" + count + " lines)" : ""),
                locations, List.of(form.table().index(), form.row().index(), form.name(), count), unit);
    }

    /** Every project has a form and every form a project: the forms' amounts add up to the table's 合计. */
    private void formsAgainstTotal(List<ProjectForm> forms, ExtractedTable table, CheckSink sink) {
        Optional<TableFigures.Figure> total = TableFigures.grandTotal(table);
        if (total.isEmpty()
                || forms.stream().anyMatch(f -> f.total() == null || f.periodOnly() || !f.unitPrinted() && f.table().unit() != table.unit())) {
            return;
        }
        AmountUnit unit = table.unit();
        List<FindingLocation> locations = new ArrayList<>();
        total.get().columns().forEach(c -> locations.add(Locations.cell(table, total.get().row(), c)));
        forms.forEach(f -> locations.add(Locations.row(f.table(), f.row())));
        Severity severity = ProjectLines.trusted(table) && forms.stream().noneMatch(ProjectForm::nameFromTitle) ? Severity.ERROR : Severity.INFO;
        SumCheck.check(ID, category(), severity, new Addition(total.get().in(unit), forms.stream().map(f -> f.total().inUnit(unit)).toList(),
                total.get().describe(), "各项目绩效目标表项目金额（" + forms.size() + " 张）之和", total.get().describe(),
                "the sum of the " + forms.size() + " project forms' amounts", locations, List.of("forms", table.index()), unit), sink);
    }

    private static boolean renamed(ProjectForm form, Line line) {
        PrintedAmount amount = form.amount();
        return amount != null && Interval.ofPrinted(amount).intersects(Interval.ofPrinted(line.total().inUnit(amount.unit())))
                && CodeNames.similarity(form.name(), line.name()) >= RENAMED;
    }

    private Finding formWithoutLine(ProjectForm form, ExtractedTable projects) {
        return new Finding(ID, category(), Severity.WARNING,
                "《" + form.table().title() + "》列出项目“" + form.name() + "”，《" + projects.title() + "》中没有这个项目（说明称所有项目均设绩效目标）",
                "\"" + form.table().title() + "\" sets targets for \"" + form.name() + "\", which \"" + projects.title()
                        + "\" does not list (the narrative says every project has targets)",
                null, null, null, amounts(form.amount()), List.of(Locations.row(form.table(), form.row())),
                Fingerprints.of(ID, "form", form.name()), ValueUnit.NONE);
    }

    private Finding lineWithoutForm(Line line) {
        return new Finding(ID, category(), Severity.WARNING,
                "《" + line.table().title() + "》中的项目“" + line.name() + "”（" + line.total().printed() + "）没有绩效目标表（说明称所有项目均设绩效目标）",
                "project \"" + line.name() + "\" of \"" + line.table().title() + "\" (" + line.total().printed()
                        + ") has no performance form (the narrative says every project has targets)",
                null, null, null, List.of(line.total().printed()), List.of(Locations.cell(line.table(), line.row(), line.totalColumn())),
                Fingerprints.of(ID, "line", line.name(), line.row().index()), ValueUnit.NONE);
    }

    private static List<String> amounts(PrintedAmount amount) {
        return amount == null ? List.of() : List.of(amount.printed());
    }

    private static String unitZh(AmountUnit unit) {
        return switch (unit) {
            case YUAN -> "元";
            case WAN_YUAN -> "万元";
            case YI_YUAN -> "亿元";
            case UNKNOWN -> "单位未注明";
        };
    }
}
