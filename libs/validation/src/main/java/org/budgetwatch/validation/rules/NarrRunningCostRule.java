package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.rules.QuotedFigures.Quote;
import org.budgetwatch.validation.rules.TableFigures.Figure;

/**
 * NARR-RUNNING-COST: the 机关运行经费 the narrative states is the general budget's 公用经费 (its basic-expenditure table's
 * 公用经费 total) where the document makes them the same thing. 机关运行经费 is the 公用经费 of administrative units (and of
 * units run like them, 参公) only, so a department with other 事业单位 spends more on 公用经费 than on running its organs;
 * the two are compared only
 * <ul>
 * <li>where the sentence says so ("2024年机关运行经费102.13万元(即部门公用经费)", 武汉 2024) — ERROR;</li>
 * <li>where the sentence counts the administrative and 参公 units it covers and they are all the document's budget units
 * ("部门本级1家行政单位以及1家参公管理事业单位的机关运行经费财政拨款预算79.86万元", 延边 2024, whose 收入总表 lists two
 * units) — ERROR;</li>
 * <li>where the document defines 机关运行经费 as the 公用经费 ("机关运行经费：是指各单位的公用经费", 保定 2024's 名词解释) — a
 * WARNING only, since such a definition is often a template's.</li>
 * </ul>
 * Otherwise (国家信访局's 机关运行经费 beside its 事业单位' 公用经费) nothing is compared, nor in a document that prints a table
 * of its 机关运行经费 (江苏省人民检察院 2017 defines them as the 公用经费 and yet counts projects' running costs in its
 * 一般公共预算机关运行经费支出预算表: 6,032.55 against a 公用经费 of 2,598.06). Comparison: {@link QuotedFigures}.
 */
public final class NarrRunningCostRule implements Rule {

    public static final String ID = "NARR-RUNNING-COST";

    /** The words that may stand around 运行经费 in a sentence stating the department's figure. */
    private static final Pattern BEFORE = Pattern.compile("^(?:本部门|本单位|我单位|我局|部门本级|部门|单位|本级|20\\d{2}年度?|当年|本年|一般公共预算|财政拨款|拨款安排的|安排的|的"
            + "|\\d+家[^\\d的]*?单位|以及|和|、|机关)*$");
    private static final Pattern AFTER = Pattern.compile("^(?:财政拨款)?(?:预算|支出|共计|总额|合计|安排|数)*$");
    /** "(即部门公用经费)", "机关运行经费：是指各单位的公用经费": the document equates the two. */
    private static final Pattern SAID_IN_SENTENCE = Pattern.compile("[(（]即[^)）]{0,8}公用经费[)）]");
    private static final Pattern DEFINED = Pattern.compile("机关运行经费[)）]?[：:]\\s*(?:是指|指|即)[^。；;，,]{0,8}公用经费");
    /** "1家行政单位", "1家参公管理事业单位", "2家参照公务员法管理的事业单位". */
    private static final Pattern ORGAN_UNITS = Pattern.compile("(\\d+)\\s*家(?:行政单位|参公[^\\d，,的]{0,8}单位|参照公务员法管理[^\\d，,]{0,4}单位)");

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
        if (document.tables().stream().anyMatch(t -> Texts.withoutWhitespace(t.title()).contains("机关运行经费"))) {
            return; // the document prints its own table of them (江苏省人民检察院 2017 p.19: 6,032.55, projects' running costs included)
        }
        boolean defined = document.prose().stream().map(TextLine::text).anyMatch(t -> DEFINED.matcher(Texts.withoutWhitespace(t)).find());
        for (NarrativeStatement statement : document.statements()) {
            Optional<PrintedAmount> stated = Statements.value(statement, StatedValue.AMOUNT);
            if (stated.isEmpty() || !statesRunningCost(statement.subject(), document.metadata().department())) {
                continue;
            }
            Severity severity;
            if (SAID_IN_SENTENCE.matcher(Texts.withoutWhitespace(statement.text())).find() || coversEveryUnit(statement, document)) {
                severity = Severity.ERROR;
            } else if (defined) {
                severity = Severity.WARNING;
            } else {
                continue;
            }
            QuotedFigures.check(new Quote(ID, statement, "机关运行经费", stated.get(), "", severity), otherCosts(document), sink);
        }
    }

    static boolean statesRunningCost(String subject, String department) {
        if (subject == null) {
            return false;
        }
        String words = Texts.withoutWhitespace(subject);
        if (department != null && !department.isBlank()) {
            words = words.replace(Texts.withoutWhitespace(department), "");
        }
        int at = words.indexOf("运行经费");
        return at >= 0 && BEFORE.matcher(words.substring(0, at)).matches() && AFTER.matcher(words.substring(at + "运行经费".length())).matches();
    }

    /** The administrative and 参公 units the sentence counts are as many as the budget units the document lists. */
    private static boolean coversEveryUnit(NarrativeStatement statement, ExtractedDocument document) {
        Matcher units = ORGAN_UNITS.matcher(Texts.withoutWhitespace(statement.text()));
        int counted = 0;
        while (units.find()) {
            counted += Integer.parseInt(units.group(1));
        }
        return counted > 0 && counted == budgetUnits(document);
    }

    /** The budget units the 收入总表 lists: unit codes no other unit code of the table extends (502001, 502002 under 502). */
    private static long budgetUnits(ExtractedDocument document) {
        return document.tables().stream().filter(t -> t.type() == TableType.REVENUE_SUMMARY).findFirst().map(table -> {
            List<String> codes = table.rows().stream().filter(r -> r.codeKind() == CodeKind.UNIT && r.code() != null).map(TableRow::code).distinct().toList();
            return codes.stream().filter(c -> codes.stream().noneMatch(o -> o.length() > c.length() && o.startsWith(c))).count();
        }).orElse(0L);
    }

    /** The general budget's 公用经费 totals: the basic-expenditure table's, and the expenditure table's where it has the column. */
    private static List<Figure> otherCosts(ExtractedDocument document) {
        List<Figure> figures = new ArrayList<>();
        for (NarrativeFigures.Target target : NarrativeFigures.columnTotals(document, "公用经费", NarrativeScope.GENERAL_BUDGET.tables(document))) {
            target.row().cell(target.column().index()).map(TableCell::amount)
                    .ifPresent(a -> figures.add(new Figure(target.table(), target.row(), List.of(target.column()), List.of(a))));
        }
        return figures;
    }
}
