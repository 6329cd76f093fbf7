package org.budgetwatch.extraction;

import java.time.Duration;

/**
 * Bounds that keep a hostile or broken file from exhausting the extractor. Size alone is not enough: a 77 KB HTML file
 * of cells spanning 200 × 200 lays out billions of cells, so the work a document causes is bounded too — the grid its
 * tables expand to, how deep its tables nest, and the time it may take.
 *
 * @param maxBytes    largest document read
 * @param maxPages    most PDF pages read
 * @param maxRows     most rows: spreadsheet rows read (all sheets together), and table rows extracted from any format
 * @param maxElements most HTML elements read
 * @param maxColumns  widest table, in grid columns after its spans are laid out (HTML, Word, Excel)
 * @param maxCells    most table cells of a document, all its tables together, counted after spans are laid out
 *                    (HTML, Word) or as written (the cells of an Excel workbook, those its merged regions cover)
 * @param maxNesting  deepest nesting: HTML elements inside each other, Word tables inside table cells
 * @param maxTime     longest a document may be read; the readers of HTML, Word and Excel stop when it has passed or
 *                    when their thread is interrupted
 */
public record ExtractionLimits(long maxBytes, int maxPages, int maxRows, int maxElements, int maxColumns, long maxCells,
                               int maxNesting, Duration maxTime) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(50L * 1024 * 1024, 500, 50_000, 200_000, 200, 1_000_000, 256, Duration.ofSeconds(60));
    }

    /** The earlier bounds, with the defaults for the work a document may cause. */
    public ExtractionLimits(long maxBytes, int maxPages, int maxRows, int maxElements) {
        this(maxBytes, maxPages, maxRows, maxElements, defaults().maxColumns(), defaults().maxCells(), defaults().maxNesting(),
                defaults().maxTime());
    }

    public ExtractionLimits withMaxBytes(long bytes) {
        return new ExtractionLimits(bytes, maxPages, maxRows, maxElements, maxColumns, maxCells, maxNesting, maxTime);
    }

    public ExtractionLimits withMaxTime(Duration time) {
        return new ExtractionLimits(maxBytes, maxPages, maxRows, maxElements, maxColumns, maxCells, maxNesting, time);
    }

    public ExtractionLimits withMaxCells(long cells) {
        return new ExtractionLimits(maxBytes, maxPages, maxRows, maxElements, maxColumns, cells, maxNesting, maxTime);
    }
}
