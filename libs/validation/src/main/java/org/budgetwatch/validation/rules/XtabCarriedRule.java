package org.budgetwatch.validation.rules;

import java.util.List;
import java.util.Optional;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;
import org.budgetwatch.validation.rules.TableFigures.Figure;

/**
 * XTAB-CARRIED: the money carried over from last year (上年结转, 上年结转结余, 年初结转和结余) is one figure across the
 * summaries. The 收支总表's carried-over money equals the 收入总表's carried-over column (国家信访局 2026 pp. 5–6: 上年结转
 * 2,254.12 in both; 福州市民政局 2026 pp. 12–13: 上年结转结余 30.00), and the 财政拨款收支总表's, the appropriations
 * carried over, is part of it: no more than the 收支总表's (or, where that prints none, the 收入总表's), which also
 * counts the units' own balances (西安市卫健委 2022 决算 pp. 146, 153: 年初结转和结余 58,926.37 of 465,278.48). Each figure is
 * read where {@link CarriedFigures} finds it unambiguously, a line or a column; a summary that prints none (重庆市商务委员会
 * 2026 counts its carried-over money in its fund lines) is not compared, nor is a blank one with 0.
 */
public final class XtabCarriedRule implements Rule {

    public static final String ID = "XTAB-CARRIED";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "cross-table";
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        Optional<Figure> summary = TableFigures.first(document, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.INCOME)
                .flatMap(CarriedFigures::ofSummary);
        Optional<Figure> revenue = TableFigures.first(document, TableType.REVENUE_SUMMARY, TableSide.WHOLE).flatMap(CarriedFigures::ofRevenue);
        Optional<Figure> fiscal = TableFigures.first(document, TableType.FISCAL_APPROPRIATION_SUMMARY, TableSide.INCOME)
                .flatMap(CarriedFigures::ofSummary);
        if (summary.isPresent() && revenue.isPresent()) {
            SumCheck.check(ID, category(), Severity.ERROR, Addition.between(summary.get(), revenue.get(), List.of("carried")), sink);
        }
        Optional<Figure> whole = summary.or(() -> revenue);
        if (fiscal.isPresent() && whole.isPresent()) {
            partOf(fiscal.get(), whole.get(), sink);
        }
    }

    /** The appropriations carried over are no more than all the money carried over, within rounding. */
    private void partOf(Figure part, Figure whole, CheckSink sink) {
        AmountUnit unit = whole.table().unit();
        Interval partValue = SumCheck.intervalSum(part.in(unit));
        Interval wholeValue = SumCheck.intervalSum(whole.in(unit));
        if (partValue.low().compareTo(wholeValue.high()) <= 0) {
            sink.passed(ID);
            return;
        }
        String partPrinted = String.join(" + ", part.amounts().stream().map(a -> a.printed()).toList());
        String wholePrinted = String.join(" + ", whole.amounts().stream().map(a -> a.printed()).toList());
        String zh = part.describe() + " " + partPrinted + " 大于" + whole.describe() + " " + wholePrinted + "：财政拨款结转是上年结转结余的一部分，不能超过它";
        String en = part.describe() + " " + partPrinted + " exceeds " + whole.describe() + " " + wholePrinted
                + ": the appropriations carried over are part of all the money carried over";
        List<FindingLocation> locations = new java.util.ArrayList<>();
        part.columns().forEach(c -> locations.add(Locations.cell(part.table(), part.row(), c)));
        whole.columns().forEach(c -> locations.add(Locations.cell(whole.table(), whole.row(), c)));
        List<String> addends = new java.util.ArrayList<>(part.amounts().stream().map(a -> a.printed()).toList());
        sink.failed(new Finding(ID, category(), Severity.ERROR, zh, en, wholeValue, partValue, partValue.low().subtract(wholeValue.high()), addends,
                locations, Fingerprints.of(ID, "part", part.table().index(), whole.table().index()), ValueUnit.of(unit)));
    }
}
