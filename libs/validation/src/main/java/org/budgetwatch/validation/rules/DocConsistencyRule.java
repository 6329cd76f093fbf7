package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;

/**
 * DOC-CONSISTENCY: the document is one document, of one year and one department, finished. WARNING each:
 * <ul>
 * <li>a heading or table title that names the document's own kind (预算 in a budget, 决算 in a final account) for another
 * year than the document's ("2023年度部门决算" inside the 2024 决算); mentions of other years in sentences (比上年,
 * 2023年决算数, next year's plans) are not headings and are not read;</li>
 * <li>a year-end date that cannot be the document's: a final account's "截至2023年12月31日" (or 年底, 年末) in a 2024 决算,
 * a budget's date outside the year before and the budget's own (budgets date their assets at the previous year's end or
 * some month of it);</li>
 * <li>a template placeholder left in (XX局, ××单位, 20XX年): one finding per placeholder, naming where it is printed;</li>
 * <li>tables whose 编制单位 (编制部门) lines name different departments.</li>
 * </ul>
 * The document's year is its metadata's, and only when its headings agree (it is the year they name most): a document
 * whose headings disagree among themselves more than they agree is not judged by year.
 */
public final class DocConsistencyRule implements Rule {

    public static final String ID = "DOC-CONSISTENCY";
    private static final int HEADING = 40;
    private static final Pattern HEADING_YEAR = Pattern.compile("(20\\d{2})\\s*年\\s*度?");
    /** A title's year on a line of its own under it: （2022年度）. */
    private static final Pattern YEAR_LINE = Pattern.compile("[（(]?(20\\d{2})年度?[)）]?");
    private static final Pattern OTHER_YEAR_WORDS = Pattern.compile(".*(上年|上一年|去年|下年|下一年|明年|以前|以来|比|较|与|相比|执行|对比|规划|计划|至20).*");
    private static final Pattern DATE = Pattern.compile("截至\\s*(20\\d{2})\\s*年\\s*(?:(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|底|末|年底|年末)");
    private static final Pattern PLACEHOLDER = Pattern.compile("[\\p{IsHan}0-9]{0,6}(?<![A-Za-z])(?:[XＸ]{2,}|[×＊*]{2,})(?![A-Za-z])[\\p{IsHan}]{0,4}");
    private static final Pattern COMPILER = Pattern.compile("(?:编制单位|编制部门)\\s*[:：]\\s*([\\p{IsHan}（）()·]+)");
    private static final int MAX_LOCATIONS = 5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "consistency";
    }

    @Override
    public boolean readsEveryTable() {
        return true; // titles, 编制单位 lines and placeholders are words, whatever the figures' reading
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        Integer year = document.metadata().fiscalYear();
        boolean finalAccounts = CompleteTablesRule.isFinalAccounts(document);
        if (year != null && headingsAgreeWith(document, year, finalAccounts)) {
            headingYears(document, year, finalAccounts, sink);
            dates(document, year, finalAccounts, sink);
        }
        placeholders(document, sink);
        compilers(document, sink);
    }

    /** Headings and table titles that name the document's kind and a year: "2024年部门预算", "2024年部门收支总表". */
    private static List<Heading> headings(ExtractedDocument document, boolean finalAccounts) {
        List<Heading> headings = new ArrayList<>();
        String kind = finalAccounts ? "决算" : "预算";
        List<TextLine> prose = document.prose();
        for (int i = 0; i < prose.size(); i++) {
            TextLine line = prose.get(i);
            String text = Texts.withoutWhitespace(line.text());
            if (text.length() > HEADING || text.matches(".*[。；;，,：:].*") || OTHER_YEAR_WORDS.matcher(text).matches()) {
                continue;
            }
            Matcher year = HEADING_YEAR.matcher(text);
            boolean tableTitle = text.endsWith("表");
            if (year.find() && (text.contains(kind) || tableTitle) && !text.contains(finalAccounts ? "预算" : "决算")) {
                // a title whose year is printed under it, "（2022年度）", names that year; a year in its words names a fund
                Matcher own = i + 1 < prose.size() ? YEAR_LINE.matcher(Texts.withoutWhitespace(prose.get(i + 1).text())) : null;
                int named = own != null && own.matches() ? Integer.parseInt(own.group(1)) : Integer.parseInt(year.group(1));
                headings.add(new Heading(line, named, text));
            }
        }
        return headings;
    }

    private record Heading(TextLine line, int year, String text) {
    }

    private static boolean headingsAgreeWith(ExtractedDocument document, int year, boolean finalAccounts) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        headings(document, finalAccounts).forEach(h -> counts.merge(h.year(), 1, Integer::sum));
        int own = counts.getOrDefault(year, 0);
        return counts.values().stream().allMatch(c -> c <= own);
    }

    private void headingYears(ExtractedDocument document, int year, boolean finalAccounts, CheckSink sink) {
        for (Heading heading : headings(document, finalAccounts)) {
            if (heading.year() == year) {
                sink.passed(ID);
            } else {
                sink.failed(finding("标题“" + heading.text() + "”的年度为 " + heading.year() + " 年，本文件为 " + year + " 年" + (finalAccounts ? "决算" : "预算"),
                        "the heading \"" + heading.text() + "\" names " + heading.year() + " in a document of " + year,
                        List.of(location(heading.line())), "heading", heading.line().line()));
            }
        }
    }

    private void dates(ExtractedDocument document, int year, boolean finalAccounts, CheckSink sink) {
        for (TextLine line : document.prose()) {
            Matcher date = DATE.matcher(line.text());
            while (date.find()) {
                int dated = Integer.parseInt(date.group(1));
                boolean yearEnd = date.group(2) == null || date.group(2).equals("12") && "31".equals(date.group(3));
                if (finalAccounts && !yearEnd) {
                    continue; // a final account may date a fact at any time of the following year
                }
                boolean right = finalAccounts ? dated == year : dated == year - 1 || dated == year;
                if (right) {
                    sink.passed(ID);
                } else {
                    sink.failed(finding("日期“" + date.group() + "”与本文件年度（" + year + " 年" + (finalAccounts ? "决算" : "预算") + "）不符",
                            "the date \"" + date.group() + "\" does not fit a " + (finalAccounts ? "final account" : "budget") + " of " + year,
                            List.of(location(line)), "date", line.line() + ":" + date.start()));
                }
            }
        }
    }

    private void placeholders(ExtractedDocument document, CheckSink sink) {
        Map<String, List<FindingLocation>> found = new LinkedHashMap<>();
        for (TextLine line : document.prose()) {
            placeholdersIn(line.text(), location(line), found);
        }
        for (ExtractedTable table : document.tables()) {
            placeholdersIn(table.title(), new FindingLocation(table.index(), table.type(), table.title(), null, null, null, null, null,
                    table.location().firstLine(), null, table.location().page()), found);
            for (TableRow row : table.rows()) {
                placeholdersIn(row.label(), Locations.row(table, row), found);
                for (TableCell text : row.texts()) {
                    placeholdersIn(text.text(), Locations.row(table, row), found);
                }
            }
        }
        if (found.isEmpty()) {
            sink.passed(ID);
        }
        found.forEach((placeholder, locations) -> sink.failed(finding("模板占位符“" + placeholder + "”未替换（" + locations.size() + " 处）",
                "the template placeholder \"" + placeholder + "\" was left in (" + locations.size() + " places)",
                locations.subList(0, Math.min(MAX_LOCATIONS, locations.size())), "placeholder", placeholder)));
    }

    private static void placeholdersIn(String text, FindingLocation location, Map<String, List<FindingLocation>> found) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            String token = placeholder.group();
            // "××" alone in a cell is a placeholder; a run of ＊ in a sentence marks a footnote, not a blank to fill
            if (token.matches("[×＊*]+") && !text.strip().equals(token) || token.matches(".*[＊*]{2,}.*") && token.length() > 2) {
                continue;
            }
            found.computeIfAbsent(token, k -> new ArrayList<>()).add(location);
        }
    }

    private void compilers(ExtractedDocument document, CheckSink sink) {
        Map<String, List<FindingLocation>> names = new LinkedHashMap<>();
        for (TextLine line : document.prose()) {
            Matcher compiler = COMPILER.matcher(Texts.withoutWhitespace(line.text()));
            if (compiler.find()) {
                // "编制单位：上海市审计局 单位：元" runs into the unit once the spaces are gone
                String name = compiler.group(1).replace('（', '(').replace('）', ')').replaceFirst("(金额)?单位$", "");
                names.computeIfAbsent(name, k -> new ArrayList<>()).add(location(line));
            }
        }
        List<String> distinct = names.keySet().stream()
                .filter(n -> names.keySet().stream().noneMatch(o -> !o.equals(n) && o.contains(n)))
                .toList();
        if (names.isEmpty()) {
            return;
        }
        if (distinct.size() <= 1) {
            sink.passed(ID);
            return;
        }
        List<FindingLocation> where = new ArrayList<>();
        distinct.forEach(n -> where.add(names.get(n).get(0)));
        sink.failed(finding("各表的编制单位不一致：" + String.join("、", distinct), "the tables name different compilers (编制单位): "
                + String.join(", ", distinct), where, "compiler", String.join("|", distinct)));
    }

    private static FindingLocation location(TextLine line) {
        return new FindingLocation(null, null, null, null, null, null, null, null, line.line(), line.text(), line.page());
    }

    private Finding finding(String zh, String en, List<FindingLocation> locations, Object... key) {
        Object[] parts = new Object[key.length + 1];
        parts[0] = ID;
        System.arraycopy(key, 0, parts, 1, key.length);
        return new Finding(ID, category(), Severity.WARNING, zh, en, null, null, null, List.of(), locations, Fingerprints.of(parts), ValueUnit.NONE);
    }
}
