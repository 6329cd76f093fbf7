package org.budgetwatch.validation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.classify.TableClassifier;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.FindingLocation;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValueUnit;

/**
 * COMPLETE-TOC: a table the document lists (in its 目录, or a list of numbered tables) is in the document. Titles vary
 * between the list and the table ("政府采购预算情况表" listed, "政府采购预算表" printed; "表 12-1. 项目支出绩效目标表"
 * listed, "部门项目申报表(含绩效目标)" printed), so a listed table is found by a title that reads the same once years,
 * numbering, 部门/单位 and 情况/预算 are set aside, or by the standard table its title names. A table published as an
 * image has no table but keeps its title as a heading: a title printed anywhere outside the list counts as present.
 * A file in which no table was read at all (the text half of a disclosure) is COMPLETE-TABLES' one INFO, not a
 * finding per listed table. WARNING, as COMPLETE-TABLES.
 */
public final class CompleteTocRule implements Rule {

    public static final String ID = "COMPLETE-TOC";
    private static final Pattern NOT_IN_TITLE = Pattern.compile("20\\d{2}年度?|[（(]?20\\d{2}年?度?[)）]?|部门|单位|情况|预算|总体|[\"“”‘’'\\s]");
    private static final double ALIKE = 0.75;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String category() {
        return "completeness";
    }

    /** About which tables the document has, so it sees the tables read with doubt too. */
    @Override
    public boolean readsEveryTable() {
        return true;
    }

    @Override
    public void check(ExtractedDocument document, CheckSink sink) {
        if (document.tables().isEmpty()) {
            return;
        }
        List<ListedTables.Listing> listings = ListedTables.of(document);
        Set<TextLine> listingLines = new HashSet<>();
        listings.forEach(l -> listingLines.add(l.line()));
        Set<String> reported = new HashSet<>();
        for (ListedTables.Listing listing : listings) {
            if (present(document, listing.title(), listingLines)) {
                sink.passed(ID);
            } else if (reported.add(core(listing.title()))) {
                sink.failed(missing(listing));
            }
        }
    }

    private static boolean present(ExtractedDocument document, String title, Set<TextLine> listingLines) {
        String listed = core(title);
        for (ExtractedTable table : document.tables()) {
            String printed = core(table.title() == null ? "" : table.title());
            if (!printed.isEmpty() && (printed.contains(listed) || listed.contains(printed) || CodeNames.similarity(printed, listed) >= ALIKE)) {
                return true;
            }
        }
        TableType type = TableClassifier.classify(title);
        if (type != TableType.OTHER && document.tables().stream().anyMatch(t -> t.type() == type || type == TableType.PERFORMANCE_TARGETS && t.isForm())) {
            return true;
        }
        return document.prose().stream().filter(l -> !listingLines.contains(l)).anyMatch(l -> core(l.text()).contains(listed));
    }

    /** A title without what varies between a list and the table it lists. */
    static String core(String title) {
        return NOT_IN_TITLE.matcher(Texts.withoutWhitespace(title)).replaceAll("");
    }

    private Finding missing(ListedTables.Listing listing) {
        TextLine line = listing.line();
        return new Finding(ID, category(), Severity.WARNING,
                "目录列出《" + listing.title() + "》，但文件中没有这张表",
                "the table of contents lists \"" + listing.title() + "\", which the document does not contain",
                null, null, null, List.of(),
                List.of(new FindingLocation(null, null, null, null, null, null, null, null, line.line(), line.text(), line.page())),
                Fingerprints.of(ID, core(listing.title())), ValueUnit.NONE);
    }
}
