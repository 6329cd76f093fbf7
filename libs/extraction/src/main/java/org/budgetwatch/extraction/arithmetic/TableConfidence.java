package org.budgetwatch.extraction.arithmetic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.Interval;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;

/**
 * How far a table can be trusted as read. Two kinds of evidence:
 * <ul>
 * <li>signs that a correct reading never shows: a figure cell holding several numbers, a row whose name is a number
 * or a code, a figure column without a heading;</li>
 * <li>the table's own identities (totals, code hierarchies): one that fails may be the publisher's error, most of them
 * failing is a misreading.</li>
 * </ul>
 * A doubtful table is one the validator must not accuse: it reports that the table could not be read reliably, and
 * why, instead of the discrepancies a misreading would invent.
 *
 * @param identities         identities the table states that could be checked
 * @param identitiesHolding  of those, the ones that hold within rounding
 * @param severalNumberCells figure cells that hold two or more numbers
 * @param numericLabels      rows whose name is a number or a code
 * @param unnamedColumns     figure columns without a printed heading
 */
public record TableConfidence(int identities, int identitiesHolding, int severalNumberCells, int numericLabels, int unnamedColumns) {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("[\\d.,，\\s\\-—]+");
    private static final Pattern UNNAMED = Pattern.compile("(列\\d+)?");
    /** Fewer failing identities than this is evidence about the document, not about the reading. */
    private static final int FAILURES_THAT_SUGGEST_A_MISREADING = 2;

    public static TableConfidence of(ExtractedTable table) {
        List<RowTotal> checks = new ArrayList<>(TableIdentities.rowTotals(table));
        checks.addAll(TableIdentities.codeHierarchy(table));
        int holding = (int) checks.stream().filter(TableConfidence::holds).count();
        int several = 0;
        int numericLabels = 0;
        for (TableRow row : table.rows()) {
            for (TableCell cell : row.cells()) {
                if (cell.amount() == null && cell.text() != null && countNumbers(cell.text()) >= 2) {
                    several++;
                }
            }
            if (!row.label().isBlank() && NUMERIC_LABEL.matcher(row.label()).matches()) {
                numericLabels++;
            }
        }
        int unnamed = (int) table.columns().stream().map(TableColumn::path).filter(p -> p == null || UNNAMED.matcher(p.strip()).matches()).count();
        return new TableConfidence(checks.size(), holding, several, numericLabels, unnamed);
    }

    /** 0..1: the share of identities that hold, and 0 when the reading shows a sign no correct reading shows. */
    public double score() {
        if (severalNumberCells > 0 || numericLabels > 0 || unnamedColumns > 0) {
            return 0.0;
        }
        return identities == 0 ? 1.0 : (double) identitiesHolding / identities;
    }

    /** Whether the table's findings would say more about the reading than about the document. */
    public boolean doubtful() {
        int failing = identities - identitiesHolding;
        return severalNumberCells > 0 || numericLabels > 0 || unnamedColumns > 0
                || failing >= FAILURES_THAT_SUGGEST_A_MISREADING && failing * 2 > identities;
    }

    /** Why the table is doubtful, in Chinese (what a reader of the disclosure sees); empty when it is not. */
    public List<String> reasonsZh() {
        List<String> reasons = new ArrayList<>();
        if (severalNumberCells > 0) {
            reasons.add(severalNumberCells + " 个金额单元格读出两个以上数字");
        }
        if (numericLabels > 0) {
            reasons.add(numericLabels + " 行的名称读成了数字或编码");
        }
        if (unnamedColumns > 0) {
            reasons.add(unnamedColumns + " 个金额列没有读到表头");
        }
        if (doubtful() && identities > identitiesHolding && identitiesHolding * 2 < identities) {
            reasons.add("表内 " + identities + " 个合计关系中只有 " + identitiesHolding + " 个成立");
        }
        return reasons;
    }

    /** The same reasons in English. */
    public List<String> reasonsEn() {
        List<String> reasons = new ArrayList<>();
        if (severalNumberCells > 0) {
            reasons.add(severalNumberCells + " figure cell(s) read with two or more numbers");
        }
        if (numericLabels > 0) {
            reasons.add(numericLabels + " row name(s) read as a number or a code");
        }
        if (unnamedColumns > 0) {
            reasons.add(unnamedColumns + " figure column(s) read without a heading");
        }
        if (doubtful() && identities > identitiesHolding && identitiesHolding * 2 < identities) {
            reasons.add("only " + identitiesHolding + " of the table's " + identities + " totals hold");
        }
        return reasons;
    }

    static boolean holds(RowTotal identity) {
        Interval sum = Interval.ZERO;
        for (PrintedAmount part : identity.parts()) {
            sum = sum.plus(Interval.ofPrinted(part));
        }
        return sum.intersects(Interval.ofPrinted(identity.total()));
    }

    private static int countNumbers(String text) {
        Matcher m = NUMBER.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
