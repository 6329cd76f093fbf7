package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.extraction.table.Texts;

/**
 * The tables a document says it contains: the entries of its 目录 that name a table ("十一、项目支出预算情况表......26",
 * "1. 2026年预算单位财务收支预算总表"), and lists of numbered tables ("- 表 11. 整体支出绩效目标表", several on one line in
 * OCR text). A 目录 that lists only parts and pages ("第二部分 国家信访局部门预算表 ..... 4") names no table; a 目录 ends
 * where a line repeats one of its entries (the body begins), at a line too long to be an entry, or after
 * {@value #MAX_ENTRIES} lines.
 */
final class ListedTables {

    private static final Pattern CONTENTS = Pattern.compile("(报表)?目录");
    /** Dot leaders and the page number after them ("......26", ".....- 3 -"), or a page number alone ("—1—", "12"). */
    private static final Pattern PAGE = Pattern.compile("([.．…·。]{2,})?[—\\-]*\\d*[—\\-]*$");
    private static final Pattern NUMBERED_TABLE = Pattern.compile("(?=表\\d)");
    private static final Pattern NUMBERED_LISTING = Pattern.compile("^-?表\\d+(-\\d+)?[.．、:：]?.+表([（(].*[)）])?$");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(-|[（(]?[一二三四五六七八九十]+[)）、.．]|\\d+[、.．)）]|表\\d+(-\\d+)?[.．、:：]?|预算\\d+表)+");
    private static final Pattern TABLE_ENTRY = Pattern.compile(".+表([（(][^）)]*[)）])?$");
    /** A table's number alone ("公开01表", "预算表3"), or a part of the document ("单位预算表", "部门预算公开表"): no table's title. */
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(公开|预算|决算)?表?\\d+表?|(20\\d{2}年度?)?(部门|单位)?([（(](部门|单位)[)）])?(预算|决算)(公开)?(报)?表|第.*");
    private static final int MAX_ENTRY = 45;
    private static final int MAX_ENTRIES = 60;

    /** A listed table: its title as printed (numbering removed) and the line that lists it. */
    record Listing(String title, TextLine line) {
    }

    private ListedTables() {
    }

    static List<Listing> of(ExtractedDocument document) {
        List<Listing> listings = new ArrayList<>();
        List<TextLine> prose = document.prose();
        for (int i = 0; i < prose.size(); i++) {
            String text = Texts.withoutWhitespace(prose.get(i).text());
            if (CONTENTS.matcher(text).matches()) {
                i = contents(prose, i + 1, listings);
            } else if (NUMBERED_LISTING.matcher(text).matches()) {
                for (String part : NUMBERED_TABLE.split(text)) {
                    entry(part, prose.get(i), listings);
                }
            }
        }
        return listings;
    }

    /** The entries of a 目录 starting at line {@code from}; returns the last line read. */
    private static int contents(List<TextLine> prose, int from, List<Listing> listings) {
        Set<String> seen = new HashSet<>();
        int i = from;
        for (; i < prose.size() && i < from + MAX_ENTRIES; i++) {
            String text = PAGE.matcher(Texts.withoutWhitespace(prose.get(i).text())).replaceFirst("");
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > MAX_ENTRY || !seen.add(text)) {
                return i - 1;
            }
            if (!text.endsWith("表") && i + 1 < prose.size() && Texts.withoutWhitespace(prose.get(i + 1).text()).equals("表")) {
                text = text + "表"; // "十一、一般公共预算“三公”经费、会议费、培训费支出预算 | 表"
                i++;
            }
            entry(text, prose.get(i), listings);
        }
        return i - 1;
    }

    private static void entry(String text, TextLine line, List<Listing> listings) {
        String title = NUMBERING.matcher(text.strip()).replaceFirst("");
        if (title.length() >= 4 && TABLE_ENTRY.matcher(title).matches() && !NOT_A_TITLE.matcher(title).matches()) {
            listings.add(new Listing(title, line));
        }
    }
}
