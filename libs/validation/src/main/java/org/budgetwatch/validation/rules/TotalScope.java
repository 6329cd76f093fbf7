package org.budgetwatch.validation.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;

/**
 * What whole a narrative total speaks of, read from its subject: the funds (all funds, 财政拨款, 一般公共预算,
 * 政府性基金, 国有资本经营), the side (收入, 支出, or 收支 both) and the account (预算 or 决算). Only a subject that is
 * nothing but such a total — once the department's name, the year and the numbering are taken away — has a scope:
 * "国家信访局财政拨款收支总预算" has one, "财政拨款基本支出预算", "政府采购支出预算", "相应安排支出预算" and
 * "上年收入" do not, and are left alone (a sentence whose scope is unclear is never checked).
 *
 * @param fund    the funds the total covers
 * @param side    收入, 支出, both, or a fund's 拨款 (which its income and its spending both state)
 * @param account whether the subject says 预算 or 决算 (null when it says neither, as in 收入总计)
 * @param bare    the subject names one side of all funds without saying total (支出预算, 本年支出决算), or a fund's 拨款:
 *                a final account says that of each item too, and a 拨款 may be a part of a project's money, so only a
 *                sentence anchored in the whole document (its year, the department) makes it the total
 */
record TotalScope(Fund fund, Side side, String account, boolean bare) {

    enum Fund {
        ALL("部门全部资金"), FISCAL("财政拨款"), GENERAL("一般公共预算"), GOVERNMENT_FUND("政府性基金预算"), STATE_CAPITAL("国有资本经营预算");

        final String zh;

        Fund(String zh) {
            this.zh = zh;
        }

        /** The summary that prints this fund's whole: the 收支总表 for all funds, the 财政拨款收支总表 for the appropriation. */
        Optional<TableType> summary() {
            return switch (this) {
                case ALL -> Optional.of(TableType.REVENUE_EXPENDITURE_SUMMARY);
                case FISCAL -> Optional.of(TableType.FISCAL_APPROPRIATION_SUMMARY);
                default -> Optional.empty();
            };
        }
    }

    /** APPROPRIATION: a fund's 拨款, which its income lines and its spending both state. */
    enum Side { INCOME, EXPENDITURE, BOTH, APPROPRIATION }

    private static final String FUND = "(财政拨款|一般公共预算(?:财政)?(?:拨款)?|政府性基金(?:预算)?(?:财政)?(?:拨款)?|国有资本经营(?:预算)?(?:财政)?(?:拨款)?)";
    private static final String SIDE = "(收支|收、支|收入、支出|收入和支出|收入支出|收入总计、支出总计|收入|支出|(?:财政)?拨款)";
    /** The whole subject, once trimmed: [本年|当年] [funds] [预算] [本年|当年] side [预算|决算] [总预算|总计|合计|总额] [预算|决算][数]. */
    private static final Pattern TOTAL = Pattern.compile("^(?:本年|当年)?" + FUND + "?(预算)?(?:本年|当年)?" + SIDE
            + "(预算|决算)?(总预算|总决算|总计|合计|总额)?(预算|决算)?数?$");
    /** An organisation's name before the total: 省检察院, 上海市审计局, 福州市民政局(本级). */
    private static final Pattern ORGANISATION = Pattern.compile(
            "^[\\p{IsHan}]{1,24}?(?:局|院|委员会|委|办公厅|办公室|厅|中心|署|部)(?:\\(本级\\)|\\(汇总\\)|\\(机关\\))?");
    private static final Pattern NOISE = Pattern.compile("^(?:[(]?[一二三四五六七八九十0-9]+[)）.．、]|本部门|本单位|我单位|我局|我部门|部门)+");
    /** "2024年", "2024年度", and a year run into the total ("2024预算收入", 满城区医疗保障局 2024). */
    private static final Pattern YEAR = Pattern.compile("20\\d{2}年度?|^20\\d{2}(?=预算|决算)|^度");
    /** "(一)收入预算：2026年收入预算 X 万元" and "(一)收入预算：2026年年初预算数 X 万元": a heading before the sentence. */
    private static final Pattern HEADING = Pattern.compile("^([^:：]{1,12})[:：](.*)$");

    /**
     * The scope of a statement's subject, or nothing when the subject is not plainly a total.
     *
     * @param department the document's department, taken away from the subject's start
     */
    static Optional<TotalScope> of(String subject, String department) {
        if (subject == null) {
            return Optional.empty();
        }
        String text = Texts.withoutWhitespace(subject).replace('（', '(').replace('）', ')').replaceAll("[均各]$", "");
        Matcher heading = HEADING.matcher(text);
        if (heading.matches()) {
            // the sentence after the heading names the total, or (年初预算数) lets the heading name it
            text = heading.group(2).isEmpty() || heading.group(2).equals("年初") ? heading.group(1) : heading.group(2);
        }
        if (department != null && !department.isBlank()) {
            String name = Texts.withoutWhitespace(department);
            text = text.replace(name, "").replace(name.replaceFirst("^(中共|中国共产党)", ""), "");
        }
        text = trimmed(text);
        Optional<TotalScope> scope = match(text);
        if (scope.isEmpty()) {
            Matcher organisation = ORGANISATION.matcher(text);
            if (organisation.find() && organisation.end() < text.length()) {
                scope = match(trimmed(text.substring(organisation.end())));
            }
        }
        return scope;
    }

    private static String trimmed(String text) {
        return YEAR.matcher(NOISE.matcher(text).replaceFirst("")).replaceAll("").replaceAll("^\\((本级|汇总|机关)\\)", "");
    }

    private static Optional<TotalScope> match(String text) {
        Matcher m = TOTAL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Fund fund = fund(m.group(1));
        Side side = switch (m.group(3)) {
            case "收入" -> Side.INCOME;
            case "支出" -> Side.EXPENDITURE;
            case "拨款", "财政拨款" -> Side.APPROPRIATION;
            default -> Side.BOTH;
        };
        if (side == Side.APPROPRIATION && (fund == Fund.ALL || fund == Fund.FISCAL)) {
            return Optional.empty(); // 拨款 alone, or 财政拨款拨款: no fund's appropriation named
        }
        String account = m.group(4) != null ? m.group(4) : m.group(6) != null ? m.group(6)
                : m.group(5) != null && m.group(5).length() == 3 ? m.group(5).substring(1)
                : m.group(2) != null ? "预算" : null;
        // 预算收入 (a 部门预算收入 once 部门 is gone), 收入预算, 收入总计: the whole side, not a word in passing
        boolean saysTotal = m.group(2) != null || m.group(4) != null || m.group(5) != null || m.group(6) != null;
        // a bare 收入 or 支出 is a word, not a total: it needs a fund, both sides or a budget word to be one
        if (fund == Fund.ALL && side != Side.BOTH && !saysTotal) {
            return Optional.empty();
        }
        // "本部门 2024 年一般公共预算当年拨款 X 万元" is the fund's whole; "其中：一般公共预算本年拨款 X 万元" after 项目支出
        // (武汉 2024) is a part of something else: like a bare total, an appropriation needs a sentence anchored in the document
        boolean bare = fund == Fund.ALL && side != Side.BOTH && m.group(5) == null || side == Side.APPROPRIATION;
        return Optional.of(new TotalScope(fund, side, account, bare));
    }

    private static Fund fund(String printed) {
        if (printed == null) {
            return Fund.ALL;
        }
        if (printed.startsWith("一般公共预算")) {
            return Fund.GENERAL;
        }
        if (printed.startsWith("政府性基金")) {
            return Fund.GOVERNMENT_FUND;
        }
        if (printed.startsWith("国有资本经营")) {
            return Fund.STATE_CAPITAL;
        }
        return Fund.FISCAL;
    }

    /** A budget's 预算 in a final account (年初预算) or a 决算 in a budget is another account's figure. */
    boolean ofAccount(boolean finalAccounts) {
        return account == null || account.equals(finalAccounts ? "决算" : "预算");
    }

    /** Whether a subject names a fund at all: a statement that does not inherits the fund of the one before it. */
    static boolean namesFund(String subject) {
        return subject != null && subject.matches(".*(财政拨款|一般公共预算|政府性基金|国有资本经营).*");
    }

    String zh() {
        String sides = switch (side) {
            case INCOME -> "收入";
            case EXPENDITURE -> "支出";
            case BOTH -> "收支";
            case APPROPRIATION -> "拨款";
        };
        return (fund == Fund.ALL ? "" : fund.zh) + sides + "总额";
    }
}
