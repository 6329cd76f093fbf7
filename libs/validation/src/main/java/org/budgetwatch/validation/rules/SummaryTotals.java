package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.arithmetic.RowTotal;
import org.budgetwatch.extraction.arithmetic.TableIdentities;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;

/**
 * The totals of a two-sided summary (收支总表, 财政拨款收支总表, each side read as a table of its own), whose lines carry
 * no codes: their levels are in their numbering. Only layouts whose numbering leaves no doubt are read:
 * <ul>
 * <li>the first total of a side (本年收入合计, 本年支出合计, 当年收入小计; a 总计 only over lines that are all numbered or
 * name a fund) is the sum of the lines numbered 一、二、三… above it, numbered from 一 without a gap, the lines between
 * them (unnumbered, or （一）…) being their breakdowns (北京市东城区医疗保障局 2024 预算01表: 40,734.65 = 一 … 九; 延边 2024
 * 预算表1: 1,053.43 = 一、财政拨款收入 + 二 + 三; 延边 2024 预算表4: 收入总计 = 一、本年收入 + 二、上年结转, column by column);</li>
 * <li>a later total (收入总计) is the total before it and the lines since, when each of them is an unnumbered balance
 * carried (本年收入合计 + 上年结转结余);</li>
 * <li>a line numbered 一、 is the sum of the lines numbered （一）（二）… right under it, when every line up to the next
 * 一、-level line is so numbered (预算06表: 一、本年收入 = （一）一般公共预算资金 + （二） + （三）), or of the lines under it
 * that number themselves from 一 again until 二、 resumes the outer numbering (一、本年支出 = 一、一般公共服务支出 … 三十一、
 * 往来性支出, then 二、年终结转结余), or, for a line of money by source (一、财政拨款收入, 一、本年收入, 二、上年结转), of the
 * unnumbered lines under it that each name a fund (一般公共预算拨款 …).</li>
 * </ul>
 * Lines named 其中 break a figure down and add nothing. A numbering that neither rises nor resumes, lines numbered 1、 or
 * (1) (another hierarchy beside the Chinese one), or unnumbered lines under a numbered one where a sum is read are all
 * left alone: a reading that is not certain is not checked.
 */
final class SummaryTotals {

    private static final Set<TableType> SUMMARIES = Set.of(TableType.REVENUE_EXPENDITURE_SUMMARY, TableType.FISCAL_APPROPRIATION_SUMMARY);
    /** "一、", "二十八、", "廿四、" (level 1); "（一）", "(三)" (level 2). */
    private static final Pattern FIRST_LEVEL = Pattern.compile("^\\s*([一二三四五六七八九十廿卅]+)\\s*[、.．]");
    private static final Pattern SECOND_LEVEL = Pattern.compile("^\\s*[（(]\\s*([一二三四五六七八九十廿卅]+)\\s*[)）]");
    /** "1、", "1.", "(1)": a numbering beside the Chinese one, whose levels are not known. */
    private static final Pattern ARABIC = Pattern.compile("^\\s*(?:[（(]\\s*\\d+\\s*[)）]|\\d+\\s*[、.．](?!\\d))");
    private static final Pattern CARRIED = Pattern.compile(".*(结转|结余|结存).*");
    private static final Pattern BY_SOURCE = Pattern.compile(".*(财政拨款(收入)?|本年收入|上年结转(结余)?)\\s*$");
    private static final Pattern FUND = Pattern.compile("^\\s*(一般公共预算|政府性基金|国有资本经营).*");
    private static final int UNNUMBERED = Integer.MAX_VALUE;

    private SummaryTotals() {
    }

    static List<RowTotal> of(ExtractedTable table) {
        if (!SUMMARIES.contains(table.type()) || table.side() == TableSide.WHOLE) {
            return List.of();
        }
        List<TableRow> rows = table.rows().stream().filter(r -> !r.label().strip().startsWith("其中")).toList();
        if (rows.stream().anyMatch(r -> r.code() != null || ARABIC.matcher(r.label()).find())) {
            return List.of(); // coded lines are the code hierarchy's; 1、 and (1) are a numbering of another kind
        }
        List<RowTotal> identities = new ArrayList<>();
        int previousTotal = -1;
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).total()) {
                continue;
            }
            List<TableRow> block = rows.subList(previousTotal + 1, r);
            List<TableRow> parts = previousTotal < 0 ? numberedLines(rows.get(r), block) : totalAndUnnumbered(rows.get(previousTotal), block);
            if (!parts.isEmpty()) {
                identities.addAll(TableIdentities.inEveryColumn(table, rows.get(r), parts));
            }
            previousTotal = r;
        }
        for (int r = 0; r < rows.size(); r++) {
            List<TableRow> children = secondLevelUnder(rows, r);
            if (children.isEmpty()) {
                children = restartedUnder(rows, r);
            }
            if (children.isEmpty()) {
                children = fundsUnder(rows, r);
            }
            if (!children.isEmpty()) {
                identities.addAll(TableIdentities.inEveryColumn(table, rows.get(r), children));
            }
        }
        return identities;
    }

    /**
     * The 一、二、三… lines of the block before a side's first total, numbered from 一 without a gap; none when that is not so.
     * A 总计 that comes first adds up only a block in which every other line is a breakdown — numbered （一）（二）, or
     * naming a fund — as in a 财政拨款收支总表 that prints no 本年收入合计 (国家信访局 2026 p.9: 收入总计 18,728.94 = 一、本年收入
     * 16,474.82 + 二、上年结转 2,254.12): an unnumbered line of another kind (江苏 2019's 上年结转资金 above 收入合计) may be
     * a part the numbering does not count.
     */
    private static List<TableRow> numberedLines(TableRow total, List<TableRow> block) {
        if (block.isEmpty() || level(block.get(0)) != 1) {
            return List.of();
        }
        if (total.label().contains("总计")
                && block.stream().anyMatch(r -> level(r) == UNNUMBERED && !FUND.matcher(r.label()).matches())) {
            return List.of();
        }
        List<TableRow> lines = block.stream().filter(r -> level(r) == 1).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (number(lines.get(i)) != i + 1) {
                return List.of();
            }
        }
        return lines;
    }

    /**
     * A later total: the total before it and the lines since, each of them unnumbered and a balance carried (上年结转结余,
     * 年末结转和结余): a line that names a fund after one of them (西安市卫健委 2022 决算 p.153: 年初结转和结余 58,926.37, then
     * 一般公共预算财政拨款 95.39 …) breaks it down.
     */
    private static List<TableRow> totalAndUnnumbered(TableRow previous, List<TableRow> block) {
        if (block.stream().anyMatch(r -> level(r) != UNNUMBERED || !CARRIED.matcher(r.label()).matches())) {
            return List.of();
        }
        List<TableRow> parts = new ArrayList<>();
        parts.add(previous);
        parts.addAll(block);
        return parts;
    }

    /** The （一）（二）… lines right under a 一、-level line, when every line up to the next 一、-level line or total is one. */
    private static List<TableRow> secondLevelUnder(List<TableRow> rows, int parentIndex) {
        if (level(rows.get(parentIndex)) != 1 || rows.get(parentIndex).total()) {
            return List.of();
        }
        List<TableRow> children = new ArrayList<>();
        for (int r = parentIndex + 1; r < rows.size() && !rows.get(r).total() && level(rows.get(r)) != 1; r++) {
            if (level(rows.get(r)) != 2) {
                return List.of();
            }
            children.add(rows.get(r));
        }
        return children;
    }

    /**
     * The lines under a 一、-level line that number themselves from 一 again, up to the line that goes on with the outer
     * numbering: 预算06表's 一、本年支出 is 一、一般公共服务支出 … 三十一、往来性支出, and 二、年终结转结余 follows. None unless the
     * inner numbering rises from 一 without a gap and the outer one resumes with the next number.
     */
    private static List<TableRow> restartedUnder(List<TableRow> rows, int parentIndex) {
        TableRow parent = rows.get(parentIndex);
        if (level(parent) != 1 || parent.total()) {
            return List.of();
        }
        List<TableRow> children = new ArrayList<>();
        for (int r = parentIndex + 1; r < rows.size() && !rows.get(r).total(); r++) {
            TableRow row = rows.get(r);
            if (level(row) != 1) {
                return List.of();
            }
            if (number(row) != children.size() + 1) {
                return number(row) == number(parent) + 1 && !children.isEmpty() ? children : List.of();
            }
            children.add(row);
        }
        return List.of();
    }

    /**
     * The unnumbered lines under a 一、-level line of money by source (一、财政拨款收入, 一、本年收入, 二、上年结转) when each names
     * a fund (延边 2024 预算表1: 一、财政拨款收入 = 一般公共预算拨款收 + 政府性基金预算拨款 + 国有资本经营预算拨): unnumbered lines
     * under any other line (一、教育支出 over its units) are not known to add up.
     */
    private static List<TableRow> fundsUnder(List<TableRow> rows, int parentIndex) {
        TableRow parent = rows.get(parentIndex);
        if (level(parent) != 1 || parent.total() || !BY_SOURCE.matcher(parent.label()).matches()) {
            return List.of();
        }
        List<TableRow> children = new ArrayList<>();
        for (int r = parentIndex + 1; r < rows.size() && !rows.get(r).total() && level(rows.get(r)) != 1; r++) {
            if (level(rows.get(r)) != UNNUMBERED || !FUND.matcher(rows.get(r).label()).matches()) {
                return List.of();
            }
            children.add(rows.get(r));
        }
        return children;
    }

    private static int level(TableRow row) {
        if (FIRST_LEVEL.matcher(row.label()).find()) {
            return 1;
        }
        return SECOND_LEVEL.matcher(row.label()).find() ? 2 : UNNUMBERED;
    }

    private static int number(TableRow row) {
        Matcher first = FIRST_LEVEL.matcher(row.label());
        Matcher second = SECOND_LEVEL.matcher(row.label());
        return first.find() ? numeral(first.group(1)) : second.find() ? numeral(second.group(1)) : 0;
    }

    /** 一 … 九, 十, 十七, 二十八, 廿四, 卅. */
    static int numeral(String chinese) {
        String digits = "一二三四五六七八九";
        int value = 0;
        int pending = 0;
        for (char c : chinese.toCharArray()) {
            int digit = digits.indexOf(c) + 1;
            if (digit > 0) {
                pending = digit;
            } else if (c == '十') {
                value += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            } else if (c == '廿') {
                value += 20;
            } else if (c == '卅') {
                value += 30;
            }
        }
        return value + pending;
    }
}
