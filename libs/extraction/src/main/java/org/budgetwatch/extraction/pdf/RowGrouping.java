package org.budgetwatch.extraction.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.classify.CodeParser;

/**
 * Which printed lines make one row where no border separates the rows (a table printed without rulings, or a ruled
 * table whose body has column borders only). A line with a figure or a code starts a row, unless it only completes
 * the row above (its code or figures set lower in the cell than the first line of its wrapped name). A line with
 * neither is a label wrapped in its cell, and joins the row it sits closest to, as long as it sits within a line's
 * leading of it (rows are spaced wider than the lines of one cell); otherwise, and when it starts with a numbering or
 * a total, it is a row of its own (a row whose figures are blank). Lines above the first line with a figure are the
 * header's, one row each, but for the first lines of the first row's wrapped name.
 */
final class RowGrouping {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** Lines of one cell are set this close (baseline to baseline, in type sizes); rows further apart. */
    private static final float LEADING = 1.5f;
    /** Lines closer than this (in type sizes) cannot be two lines of one cell. */
    private static final float INTERLEAVED = 0.95f;

    private RowGrouping() {
    }

    /** The lines' rows: each row the indexes of its lines, top to bottom. */
    static List<List<Integer>> rows(List<VisualLine> lines) {
        List<List<Integer>> rows = new ArrayList<>();
        int firstAnchor = 0;
        while (firstAnchor < lines.size() && !lines.get(firstAnchor).isAnchor()) {
            firstAnchor++;
        }
        if (firstAnchor == lines.size()) {
            firstAnchor = 0; // no figure at all: an empty table, read line by line with wrapped labels joined
        }
        int firstRow = firstRowStart(lines, firstAnchor);
        for (int i = 0; i < firstRow; i++) {
            rows.add(new ArrayList<>(List.of(i)));
        }
        List<Integer> pending = new ArrayList<>(); // lines that go with the next row
        for (int i = firstRow; i < firstAnchor; i++) {
            pending.add(i);
        }
        for (int i = firstAnchor; i < lines.size(); i++) {
            VisualLine line = lines.get(i);
            if (pending.isEmpty() && rows.size() > firstRow && (completesRow(lines, rows.get(rows.size() - 1), i)
                    || besideLineAbove(lines, rows.get(rows.size() - 1), i))) {
                rows.get(rows.size() - 1).add(i); // the code (or the figures) of a row set beside its wrapped name
                continue;
            }
            if (line.isAnchor() || line.startsNewRow() || rows.size() == firstRow && pending.isEmpty() && i == firstAnchor) {
                List<Integer> row = new ArrayList<>(pending);
                row.add(i);
                rows.add(row);
                pending.clear();
                continue;
            }
            float tight = LEADING * line.size();
            float toPrevious = i > firstAnchor ? line.baseline() - lines.get(i - 1).baseline() : Float.MAX_VALUE;
            float toNext = i + 1 < lines.size() ? lines.get(i + 1).baseline() - line.baseline() : Float.MAX_VALUE;
            boolean nextStartsRow = i + 1 < lines.size() && (lines.get(i + 1).isAnchor() || lines.get(i + 1).startsNewRow());
            if (!pending.isEmpty() && toPrevious <= tight) {
                pending.add(i); // the second line of a label whose figures come below it
            } else if (toNext < toPrevious && toNext <= tight && nextStartsRow) {
                pending.add(i);
            } else if (toPrevious <= tight && rows.size() > firstRow && pending.isEmpty()) {
                rows.get(rows.size() - 1).add(i);
            } else {
                flushPending(rows, pending);
                rows.add(new ArrayList<>(List.of(i)));
            }
        }
        flushPending(rows, pending);
        return rows;
    }

    /**
     * Where the first row starts: at the first line with a figure or a code, or above it at the lines set tight over
     * it that print nothing where it prints a figure or a code: the first lines of a name wrapped in its cell, its
     * code and figures set in the middle of the cell beside it. A heading stands over figures; these lines are the
     * row's.
     */
    static int firstRowStart(List<VisualLine> lines, int firstAnchor) {
        if (firstAnchor >= lines.size()) {
            return firstAnchor;
        }
        VisualLine anchor = lines.get(firstAnchor);
        int start = firstAnchor;
        while (start > 0) {
            VisualLine above = lines.get(start - 1);
            if (lines.get(start).baseline() - above.baseline() > LEADING * above.size() || above.startsNewRow()) {
                break;
            }
            for (int c = 0; c < above.cells().length; c++) {
                if (!above.cells()[c].isEmpty() && VisualLine.isAnchor(anchor.cells()[c])) {
                    return start;
                }
            }
            start--;
        }
        return start;
    }

    /**
     * A line set tight under the row's last line that brings what the row lacks, in columns the row leaves blank:
     * the code of a row whose figures stand on the first line of its wrapped name while its code is centred in the
     * cell, or the figures of a row whose code stands on that first line while its figures are centred.
     */
    private static boolean completesRow(List<VisualLine> lines, List<Integer> row, int index) {
        VisualLine line = lines.get(index);
        int last = row.get(row.size() - 1);
        if (last != index - 1 || line.startsNewRow() || line.baseline() - lines.get(last).baseline() > LEADING * line.size()) {
            return false;
        }
        boolean rowFigures = false;
        boolean rowCode = false;
        for (int i : row) {
            for (int c = 0; c < line.cells().length; c++) {
                String cell = lines.get(i).cells()[c];
                if (!cell.isEmpty() && !line.cells()[c].isEmpty()) {
                    return false; // both print in one column: two rows
                }
                rowFigures |= isAmount(cell);
                rowCode |= isCode(cell);
            }
        }
        boolean figures = false;
        boolean code = false;
        for (String cell : line.cells()) {
            figures |= isAmount(cell);
            code |= isCode(cell);
        }
        return code && !figures && rowFigures && !rowCode || figures && !code && rowCode && !rowFigures;
    }

    /**
     * A line set closer under the row's last line than two lines of one cell can be, printing only where that line does
     * not: the cells of one line centred in a row beside a cell of several (50999-其他对个人和家庭的补 / 助 beside its
     * codes and figures), half a line under its first.
     */
    private static boolean besideLineAbove(List<VisualLine> lines, List<Integer> row, int index) {
        VisualLine line = lines.get(index);
        int last = row.get(row.size() - 1);
        if (last != index - 1 || line.baseline() - lines.get(last).baseline() >= INTERLEAVED * line.size()) {
            return false;
        }
        for (int c = 0; c < line.cells().length; c++) {
            if (!line.cells()[c].isEmpty() && !lines.get(last).cells()[c].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A code: digits alone (2080505) or with its name (2080505-行政运行). */
    private static boolean isCode(String cell) {
        return CodeParser.parse(cell).isPresent() && (DIGITS.matcher(cell).matches() || !VisualLine.isFigure(cell));
    }

    /** A figure that cannot be a code: with decimals or thousands separators. */
    private static boolean isAmount(String cell) {
        return VisualLine.isFigure(cell) && !DIGITS.matcher(cell).matches();
    }

    private static void flushPending(List<List<Integer>> rows, List<Integer> pending) {
        if (!pending.isEmpty()) {
            rows.add(new ArrayList<>(pending));
            pending.clear();
        }
    }
}
