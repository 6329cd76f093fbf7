package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.table.Texts;

/**
 * The projects a document's performance forms (项目支出绩效目标表, 项目绩效目标表, 项目支出绩效表) state, each with its name
 * and amounts. Two layouts are read. A form per project stacks key and value cells (项目名称 | 公车统管费用, then
 * 年度预算资金总额： | 30.00, 其中：财政拨款 | 30.00), often over several tables under one title, sometimes two
 * projects in one table; its keys are found in reading order, each value being the cell right after its key. A form
 * listing every project is a table with a row per project and a 项目总额 column (北京 预算13表). Forms of the
 * department as a whole (整体支出绩效目标表) and self-evaluations of the year past (绩效自评表) state no project's
 * budget and are not read.
 */
final class ProjectForms {

    private static final Pattern PROJECT_FORM_TITLE = Pattern.compile(".*(绩效目标|项目支出绩效表|项目申报表).*");
    private static final Pattern NOT_A_PROJECT_FORM = Pattern.compile(".*(整体|自评|评价).*");
    /** 年度资金总额, 年度预算资金总额, 资金总额, 项目总额, 预算数 (the year's budget of the project, all funds). */
    private static final Pattern TOTAL_KEY = Pattern.compile("(其中[：:])?(年度预算资金总额|年度资金总额|项目资金总额|资金总额|项目总额|年度预算数|预算数|预算金额)[：:]?");
    /** Over several years (实施期): equal to the year's only for a one-year project, so read only where no year's total is printed. */
    private static final Pattern PERIOD_TOTAL_KEY = Pattern.compile("实施期资金总额[：:]?");
    private static final Pattern FISCAL_KEY = Pattern.compile("(其中[：:]?)?(财政拨款|财政资金)[：:]?");
    private static final Pattern NAME_KEY = Pattern.compile("项目名称[：:]?");
    private static final Pattern OTHER_FUNDS_KEY = Pattern.compile("(其中[：:]?)?其他资金[：:]?");
    /** The parts of a form's funds, one a row under its total: by source (财政拨款, 其他资金) and by year (上年结转). */
    private static final Pattern PART_KEY = Pattern.compile(
            "(其中[：:]?)?(当年|本年)?(财政拨款|财政资金|上年结转(资金)?|结转(结余)?资金|其他资金|单位资金|自有资金|财政专户(管理)?资金)[：:]?");
    private static final Pattern NIL = Pattern.compile("[-—–－]+");
    /** "（万元）", "(元)", "单位：万元": the unit a form's amounts are printed in, which may not be the document's. */
    private static final Pattern UNIT_MARK = Pattern.compile("[（(](万元|元)[)）]|单位[：:](万元|元)");
    /** "1、", "（一）", "3." before a form's title in the text exports. */
    private static final Pattern NUMBERING = Pattern.compile("^([（(]?[一二三四五六七八九十\\d]+[、.．)）])+");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("(项目支出绩效目标表|项目绩效目标表|绩效目标表)$");
    private static final Pattern GENERIC_TITLE = Pattern.compile(".*(政策和项目|项目支出|专项业务经费|专项资金|部门|单位).*");
    private static final Pattern LEADING_YEAR = Pattern.compile("^20\\d{2}年度?");
    private static final Pattern LIST_AMOUNT_COLUMN = Pattern.compile("(.*/)?(项目总额|年度资金总额|资金总额|预算金额)");

    /**
     * One project as a form states it.
     *
     * @param name       the project's printed name, whitespace removed
     * @param total      the year's amount of all funds, null when the form prints none
     * @param fiscal     the part from fiscal appropriations (其中：财政拨款), null when none is printed
     * @param periodOnly whether the total is the whole implementation period's (实施期资金总额), no year's total printed
     * @param nameFromTitle whether the name was taken from the form's title, the form printing none readable
     * @param unitPrinted whether the form prints its unit ("项目资金（万元）"); else its amounts are taken in the table's unit
     * @param table      the table that prints the amount (or the name)
     * @param row        the row that prints it
     * @param funds      the form's funds box (its total and the parts printed under it); null for a list of projects, for
     *                   a form that prints no total of its own or no part under it, and for a box not read with confidence
     */
    record ProjectForm(String name, PrintedAmount total, PrintedAmount fiscal, boolean periodOnly, boolean nameFromTitle,
                       boolean unitPrinted, ExtractedTable table, TableRow row, Funds funds) {

        PrintedAmount amount() {
            return total != null ? total : fiscal;
        }
    }

    /** An amount a form prints beside its key, where it prints it. */
    record Printed(String key, PrintedAmount amount, ExtractedTable table, TableRow row) {
    }

    /**
     * A form's 项目资金 box: its total (年度资金总额, or 实施期资金总额) and the parts printed under it, one a row (其中：财政拨款,
     * 上年结转, 其他资金), which add up.
     *
     * @param blankPart whether a part is left blank (not reported, so the total may be left partly unexplained)
     */
    record Funds(Printed total, List<Printed> parts, boolean blankPart) {
    }

    /**
     * A sentence saying every project has targets: 全面实施绩效目标管理, 项目支出均实行了绩效目标管理, 所有项目支出预算纳入…绩效管理;
     * not "按照全面实施预算绩效管理的要求", the policy every document cites.
     */
    private static final Pattern EVERY_PROJECT = Pattern.compile(
            "(全面实施|全面实行|均实行了?|均已实行|均实施了?)(预算)?绩效目标管理|绩效目标管理全覆盖|(所有|全部)项目[^，,]*绩效");
    /** Forms kept back on purpose: 涉密, 不予公开. */
    private static final Pattern WITHHELD = Pattern.compile("涉密|不予公开|不公开");

    private ProjectForms() {
    }

    /**
     * Whether the document says that every project has performance targets, and does not say that some forms are
     * withheld: the condition for a project without a form (or a form without a project) to be the document's fault.
     */
    static boolean claimsEveryProject(ExtractedDocument document) {
        boolean claims = false;
        for (ProseSentences.Sentence sentence : ProseSentences.of(document)) {
            if (!sentence.text().contains("绩效")) {
                continue;
            }
            if (WITHHELD.matcher(sentence.text()).find()) {
                return false;
            }
            claims |= claimsEveryProject(sentence.text());
        }
        return claims;
    }

    /** Whether one sentence says that every project has targets. */
    static boolean claimsEveryProject(String sentence) {
        return EVERY_PROJECT.matcher(sentence).find() && !WITHHELD.matcher(sentence).find();
    }

    /** Whether a table is a form of one or more projects' targets (not of the whole department, not a self-evaluation). */
    static boolean isProjectForm(ExtractedTable table) {
        String title = Texts.withoutWhitespace(table.title() == null ? "" : table.title());
        return PROJECT_FORM_TITLE.matcher(title).matches() && !NOT_A_PROJECT_FORM.matcher(title).matches();
    }

    static List<ProjectForm> of(ExtractedDocument document) {
        List<ProjectForm> forms = new ArrayList<>();
        List<ExtractedTable> run = new ArrayList<>();
        for (ExtractedTable table : document.tables()) {
            if (!isProjectForm(table)) {
                flush(run, forms);
                continue;
            }
            Optional<TableColumn> listAmount = listAmountColumn(table);
            if (listAmount.isPresent()) {
                flush(run, forms);
                forms.addAll(listed(table, listAmount.get()));
                continue;
            }
            if (!run.isEmpty() && !run.get(0).title().equals(table.title())) {
                flush(run, forms);
            }
            run.add(table);
        }
        flush(run, forms);
        return forms;
    }

    /** A list of projects: one row per project with its name and its 项目总额 (and 其中：财政资金) columns. */
    private static List<ProjectForm> listed(ExtractedTable table, TableColumn amountColumn) {
        Optional<TableColumn> fiscalColumn = table.columns().stream()
                .filter(c -> Texts.withoutWhitespace(c.path()).matches("(.*/)?(财政资金|财政拨款)")).findFirst();
        List<ProjectForm> forms = new ArrayList<>();
        for (TableRow row : table.rows()) {
            String name = CodeNames.clean(row.label());
            if (row.total() || name.length() < 2 || NAME_KEY.matcher(name).matches()) {
                continue;
            }
            PrintedAmount total = row.cell(amountColumn.index()).map(TableCell::amount).orElse(null);
            PrintedAmount fiscal = fiscalColumn.flatMap(c -> row.cell(c.index())).map(TableCell::amount).orElse(null);
            if (total != null) {
                forms.add(new ProjectForm(name, total, fiscal, false, false, true, table, row, null));
            }
        }
        return forms;
    }

    private static Optional<TableColumn> listAmountColumn(ExtractedTable table) {
        return table.columns().stream().filter(c -> LIST_AMOUNT_COLUMN.matcher(Texts.withoutWhitespace(c.path())).matches()).findFirst();
    }

    /** A printed cell of a key and value form, in reading order. */
    private record Token(String text, ExtractedTable table, TableRow row) {
    }

    /** The forms printed by a run of tables under one title: one per 项目名称, or one for the run when none is read. */
    private static void flush(List<ExtractedTable> run, List<ProjectForm> forms) {
        if (run.isEmpty()) {
            return;
        }
        List<Token> tokens = new ArrayList<>();
        for (ExtractedTable table : run) {
            for (TableRow row : table.rows()) {
                tokens.addAll(tokens(table, row));
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (NAME_KEY.matcher(tokens.get(i).text()).matches()) {
                starts.add(i);
            }
        }
        if (starts.isEmpty() || starts.get(0) > 0 && hasAmount(tokens.subList(0, starts.get(0)))) {
            starts.add(0, 0);
        }
        for (int s = 0; s < starts.size(); s++) {
            int to = s + 1 < starts.size() ? starts.get(s + 1) : tokens.size();
            read(tokens.subList(starts.get(s), to), run.get(0)).ifPresent(forms::add);
        }
        run.clear();
    }

    private static boolean hasAmount(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> TOTAL_KEY.matcher(t.text()).matches() || FISCAL_KEY.matcher(t.text()).matches());
    }

    /** One form's keys and values; nothing when it prints no amount, or no name and a title that names no project. */
    private static Optional<ProjectForm> read(List<Token> tokens, ExtractedTable first) {
        AmountUnit unit = first.unit();
        boolean unitPrinted = false;
        for (Token token : tokens) {
            Matcher mark = UNIT_MARK.matcher(token.text());
            if (mark.find()) {
                unit = AmountUnit.fromPrinted(mark.group(1) != null ? mark.group(1) : mark.group(2));
                unitPrinted = true;
                break;
            }
        }
        String name = null;
        Token total = null;
        Token period = null;
        Token fiscal = null;
        PrintedAmount totalAmount = null;
        PrintedAmount periodAmount = null;
        PrintedAmount fiscalAmount = null;
        String totalKey = null;
        String periodKey = null;
        boolean noOtherFunds = false;
        for (int i = 0; i < tokens.size(); i++) {
            String key = tokens.get(i).text();
            Token value = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (value == null || value.row() != tokens.get(i).row()) {
                // a key whose value was not printed (or not read) beside it: 其他资金 left blank is none
                noOtherFunds |= OTHER_FUNDS_KEY.matcher(key).matches();
                continue;
            }
            if (OTHER_FUNDS_KEY.matcher(key).matches()) {
                noOtherFunds |= AmountParser.parseCell(value.text(), unit).map(a -> a.value().signum() == 0).orElse(false);
            }
            if (name == null && NAME_KEY.matcher(key).matches() && !isKey(value.text())) {
                name = CodeNames.clean(value.text());
            }
            Optional<PrintedAmount> amount = AmountParser.parseCell(value.text(), unit);
            if (amount.isEmpty()) {
                continue;
            }
            if (totalAmount == null && TOTAL_KEY.matcher(key).matches()) {
                total = value;
                totalAmount = amount.get();
                totalKey = key;
            } else if (periodAmount == null && PERIOD_TOTAL_KEY.matcher(key).matches()) {
                period = value;
                periodAmount = amount.get();
                periodKey = key;
            } else if (fiscalAmount == null && FISCAL_KEY.matcher(key).matches()) {
                fiscal = value;
                fiscalAmount = amount.get();
            }
        }
        Funds funds = totalAmount != null ? funds(tokens, tokens.indexOf(total), totalKey, unit)
                : periodAmount != null ? funds(tokens, tokens.indexOf(period), periodKey, unit) : null;
        if (totalAmount == null && periodAmount == null && fiscalAmount != null && noOtherFunds) {
            total = fiscal; // 其中：财政拨款 30.00, 其他资金 0.00: the whole amount, where its own line was not read
            totalAmount = fiscalAmount;
        }
        boolean periodOnly = totalAmount == null && periodAmount != null;
        if (periodOnly) {
            total = period;
            totalAmount = periodAmount;
        }
        boolean fromTitle = false;
        if (name == null || name.isEmpty()) {
            name = nameInTitle(first.title()).orElse(null);
            fromTitle = true;
        }
        Token where = total != null ? total : fiscal;
        if (name == null || where == null) {
            return Optional.empty();
        }
        return Optional.of(new ProjectForm(name, totalAmount, fiscalAmount, periodOnly, fromTitle, unitPrinted, where.table(), where.row(), funds));
    }

    /**
     * The box under a form's total: the rows right after the total's, each a part's key and its amount (or a part left
     * blank), up to the first row that is no part. A row of a key this reader does not know as a part, with an amount,
     * leaves the box unread (nothing to compare): its figure may be a part or a detail of one.
     */
    private static Funds funds(List<Token> tokens, int totalAt, String totalKey, AmountUnit unit) {
        Token total = tokens.get(totalAt);
        List<Printed> parts = new ArrayList<>();
        boolean blank = false;
        int i = totalAt + 1;
        while (i < tokens.size() && tokens.get(i).row() == total.row()) {
            i++; // what else the total's row prints (执行率分值（10）)
        }
        while (i < tokens.size()) {
            TableRow row = tokens.get(i).row();
            List<Token> cells = new ArrayList<>();
            while (i < tokens.size() && tokens.get(i).row() == row) {
                cells.add(tokens.get(i++));
            }
            String key = cells.get(0).text();
            Optional<PrintedAmount> amount = cells.size() > 1 ? AmountParser.parseCell(cells.get(1).text(), unit) : Optional.empty();
            if (!PART_KEY.matcher(key).matches()) {
                if (amount.isPresent()) {
                    return null;
                }
                break;
            }
            if (cells.size() > 2) {
                return null; // more than a key and its amount: not a row of the box as this reader knows it
            }
            if (amount.isPresent()) {
                parts.add(new Printed(key, amount.get(), cells.get(1).table(), row));
            } else if (cells.size() > 1 && NIL.matcher(cells.get(1).text()).matches()) {
                parts.add(new Printed(key, AmountParser.parseCell("0", unit).orElseThrow(), cells.get(1).table(), row));
            } else if (cells.size() == 1) {
                blank = true;
            } else {
                return null; // words where a part's amount should be
            }
        }
        PrintedAmount whole = AmountParser.parseCell(total.text(), unit).orElseThrow();
        return parts.isEmpty() ? null : new Funds(new Printed(totalKey, whole, total.table(), total.row()), parts, blank);
    }

    /** A project's name for matching: spacing and a leading year ("2026年政策性农业保险市级补贴资金") removed. */
    static String key(String name) {
        return LEADING_YEAR.matcher(CodeNames.clean(name)).replaceFirst("");
    }

    /** "e福州留守困境儿童关爱帮扶专栏项目绩效目标表" names its project; "政策和项目预算绩效目标表" does not. */
    static Optional<String> nameInTitle(String title) {
        String compact = NUMBERING.matcher(CodeNames.clean(title == null ? "" : title)).replaceFirst("");
        Matcher suffix = TITLE_SUFFIX.matcher(compact);
        if (!suffix.find()) {
            return Optional.empty();
        }
        String name = compact.substring(0, suffix.start());
        return name.length() < 2 || GENERIC_TITLE.matcher(name).matches() ? Optional.empty() : Optional.of(name);
    }

    private static boolean isKey(String text) {
        return NAME_KEY.matcher(text).matches() || TOTAL_KEY.matcher(text).matches() || FISCAL_KEY.matcher(text).matches()
                || text.startsWith("主管部门") || text.startsWith("项目编码");
    }

    /** A row's printed cells in reading order: its name, then figure and text cells by column. */
    private static List<Token> tokens(ExtractedTable table, TableRow row) {
        List<TableCell> cells = new ArrayList<>(row.cells());
        cells.addAll(row.texts());
        cells.sort(Comparator.comparingInt(TableCell::column));
        List<Token> tokens = new ArrayList<>();
        String label = Texts.withoutWhitespace(row.label());
        if (!label.isEmpty()) {
            tokens.add(new Token(label, table, row));
        }
        if (row.code() != null && !row.code().isBlank()) {
            tokens.add(new Token(row.code(), table, row));
        }
        for (TableCell cell : cells) {
            if (cell.text() != null && !cell.text().isBlank()) {
                tokens.add(new Token(Texts.withoutWhitespace(cell.text()), table, row));
            }
        }
        return tokens;
    }
}
