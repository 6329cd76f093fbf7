package org.budgetwatch.extraction.pdf;

import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.classify.CodeParser;

/**
 * The text of one table cell, built from its chunks in reading order. Chunks on one line keep a space between
 * them only where the page leaves one (a gap of a quarter of a character or more) and the next chunk is not
 * Chinese: figures and codes that a PDF writer placed glyph by glyph read as one figure again, 合 计 reads 合计. A
 * cell that goes on from the line above is joined without a space: Chinese cells wrap anywhere, inside a code or a
 * figure too.
 */
final class CellText {

    private static final float WORD_GAP = 0.25f;

    private final StringBuilder text = new StringBuilder();
    private TextChunk last;
    private int line = -1;
    private int figureLine = -1;
    private boolean figureFromSeveralLines;
    private boolean anyFigure;

    /** Adds the next chunk, from the given line of the table (a later line continues the cell from the line above). */
    void add(TextChunk chunk, int line) {
        if (line != this.line) {
            last = null;
            this.line = line;
        }
        if (last != null && chunk.text().charAt(0) < 0x2E80
                && chunk.xStart() - last.xEnd() >= WORD_GAP * Math.max(last.charWidth(), 1f)) {
            text.append(' ');
        }
        text.append(chunk.text().replace('\t', ' '));
        last = chunk;
        if (isFigure(chunk.text())) {
            anyFigure = true;
            figureFromSeveralLines |= figureLine >= 0 && figureLine != line;
            figureLine = line;
        }
    }

    /** Figures came from more than one line: a figure wrapped in its cell, or rows that no border separates. */
    boolean figureFromSeveralLines() {
        return figureFromSeveralLines;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** A chunk of the cell reads as a figure (an amount, or a code, which reads as one too). */
    boolean hasFigure() {
        return anyFigure;
    }

    /** The cell holds a function, economic, project or unit code (alone or before its name). */
    boolean isCode() {
        return CodeParser.parse(text.toString()).isPresent();
    }

    /** The cells of a row broken by a page break, each followed by its rest from the next page. */
    static void continueRow(CellText[] row, CellText[] rest) {
        for (int c = 0; c < row.length; c++) {
            row[c].text.append(rest[c].text);
        }
    }

    /** The cell's whole text reads as one figure. */
    boolean isFigure() {
        return isFigure(text.toString());
    }

    private static boolean isFigure(String text) {
        return AmountParser.parseCell(text, AmountUnit.UNKNOWN).isPresent();
    }

    static CellText[] row(int columns) {
        CellText[] cells = new CellText[columns];
        for (int i = 0; i < columns; i++) {
            cells[i] = new CellText();
        }
        return cells;
    }

    /** The cells joined with tabs: one line of a tab export. */
    static String join(CellText[] cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(cells[i].text);
        }
        return line.toString();
    }
}
