package org.budgetwatch.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.rules.TotalFigures.Candidate;

/**
 * NARR-TOTAL: a total the narrative states — 收支总预算, 收入预算总计, 支出预算, 财政拨款收支总预算, 一般公共预算财政拨款支出,
 * 政府性基金预算拨款支出 … — is the total the matching table prints: the scope read from the subject ({@link TotalScope}:
 * which funds, which side, 预算 or 决算) picks the tables and rows ({@link TotalFigures}); a sentence whose scope is
 * unclear, that speaks of another account (a budget's figure in a final account) or whose tables were not read, is not
 * checked. Equal to the cent passes; a difference that the printed figures' rounding explains is INFO (19,577 万元 for
 * 195,774,300 元); anything else is an ERROR, a stated 0 or a figure 10,000 times off included (国家信访局 2026:
 * "财政拨款收支总预算 18,728.91 万元" where the 财政拨款收支总表 totals 18,728.94). Statements linked to a table row
 * are NARR-AMOUNT's.
 */
public final class NarrTotalRule implements Rule {

    public static final String ID = "NARR-TOTAL";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final java.util.regex.Pattern ANCHOR = java.util.regex.Pattern.compile("20\\d{2}\\s*(?:年|预算|决算)|本部门|本单位|我单位|我部门");

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
        boolean finalAccounts = CompleteTablesRule.isFinalAccounts(document);
        List<NarrativeStatement> statements = document.statements();
        for (int s = 0; s < statements.size(); s++) {
            NarrativeStatement statement = statements.get(s);
            if (statement.tableIndex() != null) {
                continue;
            }
            Optional<PrintedAmount> stated = Statements.value(statement, StatedValue.AMOUNT);
            Optional<TotalScope> scope = TotalScope.of(statement.subject(), document.metadata().department());
            if (stated.isEmpty() || stated.get().unit().inYuan() == null || scope.isEmpty()
                    || !scope.get().ofAccount(finalAccounts) || inheritsFund(statements, s, scope.get())
                    || scope.get().bare() && !anchored(statement, stated.get(), document.metadata().department())) {
                continue;
            }
            List<Candidate> candidates = TotalFigures.of(document, scope.get());
            if (!candidates.isEmpty()) {
                compare(statement, stated.get(), scope.get(), candidates, sink);
            }
        }
    }

    /**
     * "政府性基金预算财政拨款年初结转和结余 58,830.98 万元，收入决算 509,220.66 万元": a total that names no fund, after a
     * statement of the same paragraph that does, continues that statement's fund; its scope is not its own words'.
     */
    private static boolean inheritsFund(List<NarrativeStatement> statements, int index, TotalScope scope) {
        if (scope.fund() != TotalScope.Fund.ALL) {
            return false;
        }
        NarrativeStatement statement = statements.get(index);
        for (int p = index - 1; p >= 0 && statements.get(p).line() == statement.line(); p--) {
            if (TotalScope.namesFund(statements.get(p).subject())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "本部门 2024 年支出预算 X 万元", "2024年支出预算 X 万元": the words before the figure tie a bare total to the whole
     * document. "（项）。本年支出决算 568,051.63 万元" after an item's heading does not.
     */
    private static boolean anchored(NarrativeStatement statement, PrintedAmount stated, String department) {
        String text = statement.text();
        int figure = text.indexOf(stated.printed());
        String before = figure < 0 ? text : text.substring(0, figure);
        return ANCHOR.matcher(before).find() || department != null && !department.isBlank() && before.contains(department);
    }

    private void compare(NarrativeStatement statement, PrintedAmount stated, TotalScope scope, List<Candidate> candidates, CheckSink sink) {
        Interval statedYuan = Interval.ofPrinted(stated).times(stated.unit().inYuan());
        BigDecimal exactYuan = stated.value().multiply(stated.unit().inYuan());
        for (Candidate candidate : candidates) {
            if (candidate.exactYuan().compareTo(exactYuan) == 0) {
                sink.passed(ID);
                return;
            }
        }
        for (Candidate candidate : candidates) {
            if (candidate.inYuan().intersects(statedYuan)) {
                sink.passedWithinRounding(finding(statement, stated, scope, candidate, Severity.INFO, "rounding"));
                return;
            }
        }
        // the grand total (收入总计) speaks for the table better than a subtotal (本年收入合计)
        Candidate first = candidates.stream().filter(c -> c.label().contains("总计")).findFirst().orElse(candidates.get(0));
        boolean unit = statedYuan.times(TEN_THOUSAND).intersects(first.inYuan()) || statedYuan.intersects(first.inYuan().times(TEN_THOUSAND));
        sink.failed(finding(statement, stated, scope, first, Severity.ERROR, unit ? "unit" : "mismatch"));
    }

    private Finding finding(NarrativeStatement statement, PrintedAmount stated, TotalScope scope, Candidate target, Severity severity, String kind) {
        String statedText = stated.printed() + NarrativeFigures.unitName(stated.unit());
        String tableText = target.printed() + NarrativeFigures.unitName(target.table().unit());
        String where = "《" + target.table().title() + "》" + target.label();
        String zh = switch (kind) {
            case "rounding" -> "说明中的" + scope.zh() + " " + statedText + " 与" + where + " " + tableText + " 相差在四舍五入范围内";
            case "unit" -> "说明中的" + scope.zh() + "“" + Statements.named(statement) + "”为 " + statedText + "，" + where + "为 " + tableText
                    + "：相差一万倍，单位错误";
            default -> "说明中的" + scope.zh() + "“" + Statements.named(statement) + "”为 " + statedText + "，" + where + "为 " + tableText;
        };
        String en = switch (kind) {
            case "rounding" -> "the narrative's total \"" + Statements.named(statement) + "\" " + stated.printed() + " differs from " + target.label()
                    + " " + target.printed() + " in " + target.table().title() + " only by rounding";
            case "unit" -> "the narrative's total \"" + Statements.named(statement) + "\" is " + stated.printed() + " " + stated.unit() + " where "
                    + target.table().title() + " prints " + target.printed() + " " + target.table().unit() + ": 10,000 times off, a wrong unit";
            default -> "the narrative's total \"" + Statements.named(statement) + "\" is " + stated.printed() + " " + stated.unit() + " but "
                    + target.table().title() + " (" + target.label() + ") prints " + target.printed() + " " + target.table().unit();
        };
        Interval actual = Interval.ofPrinted(stated).times(stated.unit().inYuan());
        List<FindingLocation> locations = new ArrayList<>();
        locations.add(Statements.location(statement));
        locations.add(target.location());
        return new Finding(ID, category(), severity, zh, en, target.inYuan(), actual, actual.distanceTo(target.inYuan()),
                List.of(stated.printed(), target.printed()), locations,
                Fingerprints.of(ID, statement.line(), statement.subject(), target.table().index()), ValueUnit.YUAN);
    }
}
